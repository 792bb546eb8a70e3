package id.warta.liveblog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live blog tables. Writes go through {@link LiveBlogService}, which records the changes. */
@Repository
public class LiveBlogRepository {
  private static final String ENTRY_COLUMNS =
      "id, article_id, body_html, media_id, embed_url, pinned, key_event, posted_at, updated_at,"
          + " version";

  private final JdbcClient jdbc;

  LiveBlogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<LiveBlog> find(long articleId) {
    return jdbc.sql("SELECT article_id, started_at, ended_at FROM live_blog WHERE article_id = :id")
        .param("id", articleId)
        .query(LiveBlogRepository::blog)
        .optional();
  }

  /** The articles ever covered live (live now or ended), a few hundred at most. */
  public Set<Long> findCoveredArticleIds() {
    return jdbc
        .sql("SELECT article_id FROM live_blog")
        .query((rs, n) -> rs.getLong(1))
        .list()
        .stream()
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The articles covered live right now (a handful at most), for the live badge in lists. */
  public Set<Long> findLiveArticleIds() {
    return jdbc
        .sql("SELECT article_id FROM live_blog WHERE ended_at IS NULL")
        .query((rs, n) -> rs.getLong(1))
        .list()
        .stream()
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The newest entries first (ties by id, so two entries of the same millisecond keep their order).
   */
  public List<LiveEntry> findEntries(long articleId, int limit) {
    return jdbc.sql(
            "SELECT "
                + ENTRY_COLUMNS
                + " FROM live_entry WHERE article_id = :id"
                + " ORDER BY posted_at DESC, id DESC LIMIT :limit")
        .param("id", articleId)
        .param("limit", limit)
        .query(LiveBlogRepository::entry)
        .list();
  }

  /** Pinned entries, newest first; few by nature, so all of them. */
  public List<LiveEntry> findPinned(long articleId) {
    return jdbc.sql(
            "SELECT "
                + ENTRY_COLUMNS
                + " FROM live_entry WHERE article_id = :id AND pinned = TRUE"
                + " ORDER BY posted_at DESC, id DESC")
        .param("id", articleId)
        .query(LiveBlogRepository::entry)
        .list();
  }

  public Optional<LiveEntry> findEntry(long entryId) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM live_entry WHERE id = :id")
        .param("id", entryId)
        .query(LiveBlogRepository::entry)
        .optional();
  }

  public long countEntries(long articleId) {
    return jdbc.sql("SELECT COUNT(*) FROM live_entry WHERE article_id = :id")
        .param("id", articleId)
        .query(Long.class)
        .single();
  }

  /** Starts the live blog, or resumes an ended one (its start stays). */
  void start(long articleId, Instant at) {
    jdbc.sql(
            """
            INSERT INTO live_blog (article_id, started_at, ended_at) VALUES (:id, :at, NULL)
            ON CONFLICT (article_id) DO UPDATE SET ended_at = NULL
            """)
        .param("id", articleId)
        .param("at", at.toEpochMilli())
        .update();
  }

  /** Ends the live blog; false when it was not live. */
  boolean end(long articleId, Instant at) {
    return jdbc.sql(
                "UPDATE live_blog SET ended_at = :at WHERE article_id = :id AND ended_at IS NULL")
            .param("id", articleId)
            .param("at", at.toEpochMilli())
            .update()
        == 1;
  }

  /** Adds an entry to a live blog that is live; empty when it is not (ended, or never started). */
  Optional<Long> insertEntry(long articleId, Clean entry, Instant at) {
    return jdbc.sql(
            """
            INSERT INTO live_entry (article_id, body_html, media_id, embed_url, pinned, key_event,
                                    posted_at, updated_at, version)
            SELECT article_id, :body, :media, :embed, :pinned, :keyEvent, :at, :at, 1
            FROM live_blog WHERE article_id = :id AND ended_at IS NULL
            RETURNING id
            """)
        .param("id", articleId)
        .param("body", entry.bodyHtml())
        .param("media", entry.mediaId())
        .param("embed", entry.embedUrl())
        .param("pinned", entry.pinned())
        .param("keyEvent", entry.keyEvent())
        .param("at", at.toEpochMilli())
        .query(Long.class)
        .optional();
  }

  /** Changes an entry if it is still at the version the editor saw; false otherwise. */
  boolean updateEntry(long entryId, int expectedVersion, Clean entry, Instant at) {
    return jdbc.sql(
                """
                UPDATE live_entry SET body_html = :body, media_id = :media, embed_url = :embed,
                  pinned = :pinned, key_event = :keyEvent, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", entryId)
            .param("version", expectedVersion)
            .param("body", entry.bodyHtml())
            .param("media", entry.mediaId())
            .param("embed", entry.embedUrl())
            .param("pinned", entry.pinned())
            .param("keyEvent", entry.keyEvent())
            .param("at", at.toEpochMilli())
            .update()
        == 1;
  }

  boolean deleteEntry(long entryId, int expectedVersion) {
    return jdbc.sql("DELETE FROM live_entry WHERE id = :id AND version = :version")
            .param("id", entryId)
            .param("version", expectedVersion)
            .update()
        == 1;
  }

  void insertRevision(LiveEntry entry, int number, String action, String by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO live_entry_revision (entry_id, article_id, number, action, body_html, media_id,
                                             embed_url, pinned, key_event, changed_by, created_at)
            VALUES (:entry, :article, :number, :action, :body, :media, :embed, :pinned, :keyEvent, :by, :at)
            """)
        .param("entry", entry.id())
        .param("article", entry.articleId())
        .param("number", number)
        .param("action", action)
        .param("body", entry.bodyHtml())
        .param("media", entry.mediaId())
        .param("embed", entry.embedUrl())
        .param("pinned", entry.pinned())
        .param("keyEvent", entry.keyEvent())
        .param("by", by)
        .param("at", at.toEpochMilli())
        .update();
  }

  /** An entry's revisions, oldest first. */
  public List<EntryRevision> findRevisions(long entryId) {
    return jdbc.sql(
            """
            SELECT entry_id, number, action, body_html, changed_by, created_at
            FROM live_entry_revision WHERE entry_id = :id ORDER BY number
            """)
        .param("id", entryId)
        .query(
            (rs, n) ->
                new EntryRevision(
                    rs.getLong("entry_id"),
                    rs.getInt("number"),
                    rs.getString("action"),
                    rs.getString("body_html"),
                    rs.getString("changed_by"),
                    Instant.ofEpochMilli(rs.getLong("created_at"))))
        .list();
  }

  /** A revision of an entry: what it was after the change, who changed it and when. */
  public record EntryRevision(
      long entryId, int number, String action, String bodyHtml, String changedBy, Instant at) {}

  /** An entry's fields once checked and sanitized. */
  record Clean(String bodyHtml, Long mediaId, String embedUrl, boolean pinned, boolean keyEvent) {}

  private static LiveBlog blog(ResultSet rs, int n) throws SQLException {
    long ended = rs.getLong("ended_at");
    Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
    return new LiveBlog(
        rs.getLong("article_id"), Instant.ofEpochMilli(rs.getLong("started_at")), endedAt);
  }

  private static LiveEntry entry(ResultSet rs, int n) throws SQLException {
    long media = rs.getLong("media_id");
    Long mediaId = rs.wasNull() ? null : media;
    return new LiveEntry(
        rs.getLong("id"),
        rs.getLong("article_id"),
        rs.getString("body_html"),
        mediaId,
        rs.getString("embed_url"),
        rs.getBoolean("pinned"),
        rs.getBoolean("key_event"),
        Instant.ofEpochMilli(rs.getLong("posted_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        rs.getInt("version"));
  }
}
