package id.warta.article;

import id.warta.author.Author;
import id.warta.media.MediaReferences;
import id.warta.platform.Changes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An article's row and its parts (bylines, tags, related links, corrections), and every write to
 * them. The lists readers see are {@link PublishedArticles}, the newsroom's {@link
 * ArticleListings}; articles whole in bulk {@link WholeArticles}.
 */
@Repository
public class ArticleRepository implements MediaReferences {
  static final String ARTICLE_COLUMNS =
      """
      id, section_id, title, slug, lead, body_html, source, editor_code, lead_media_id,
      read_also_id, status, published_at, created_at, updated_at, version, seo_title,
      meta_description, social_media_id
      """;

  static final RowMapper<Article> ARTICLE =
      (rs, n) ->
          new Article(
              rs.getLong("id"),
              rs.getLong("section_id"),
              rs.getString("title"),
              rs.getString("slug"),
              rs.getString("lead"),
              rs.getString("body_html"),
              rs.getString("source"),
              rs.getString("editor_code"),
              nullableLong(rs, "lead_media_id"),
              nullableLong(rs, "read_also_id"),
              ArticleStatus.valueOf(rs.getString("status")),
              instant(rs, "published_at"),
              instant(rs, "created_at"),
              instant(rs, "updated_at"),
              rs.getInt("version"),
              new ArticleSeo(
                  rs.getString("seo_title"),
                  rs.getString("meta_description"),
                  nullableLong(rs, "social_media_id")));

  private final JdbcClient jdbc;

  private final Changes changes;

  ArticleRepository(JdbcClient jdbc, Changes changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  public Optional<Article> findById(long id) {
    return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = :id")
        .param("id", id)
        .query(ARTICLE)
        .optional();
  }

  /** Pins the home page's headline stories in this order; call inside the writing transaction. */
  public void replaceHeadlines(List<Long> articleIds) {
    jdbc.sql("DELETE FROM home_headline").update();
    int position = 0;
    for (long id : articleIds) {
      jdbc.sql("INSERT INTO home_headline (position, article_id) VALUES (:p, :a)")
          .param("p", position++)
          .param("a", id)
          .update();
    }
    changes.record(ArticleKeys.HEADLINES);
  }

  public List<Long> findRelatedIds(long articleId) {
    return jdbc.sql("SELECT related_id FROM related_link WHERE article_id = :id ORDER BY position")
        .param("id", articleId)
        .query(Long.class)
        .list();
  }

  public List<Author> findAuthors(long articleId) {
    return jdbc.sql(
            """
            SELECT au.id, au.slug, au.name, au.bio
            FROM author au JOIN article_author aa ON aa.author_id = au.id
            WHERE aa.article_id = :id
            ORDER BY aa.position
            """)
        .param("id", articleId)
        .query(Author.class)
        .list();
  }

  public List<Tag> findTags(long articleId) {
    return jdbc.sql(
            """
            SELECT t.id, t.slug, t.name
            FROM tag t JOIN article_tag atg ON atg.tag_id = t.id
            WHERE atg.article_id = :id
            ORDER BY atg.position
            """)
        .param("id", articleId)
        .query(Tag.class)
        .list();
  }

  /** Articles of any status whose title is exactly this one, newest first (for importers). */
  public List<Long> findIdsByTitle(String title) {
    return jdbc.sql("SELECT id FROM article WHERE title = :title ORDER BY published_at DESC, id")
        .param("title", title)
        .query(Long.class)
        .list();
  }

  long insert(ArticleDraft draft, String slug, String bodyHtml, Instant now) {
    return jdbc.sql(
            """
            INSERT INTO article (section_id, title, slug, lead, body_html, source, editor_code,
                                 lead_media_id, read_also_id, status, published_at, created_at,
                                 updated_at, version, seo_title, meta_description,
                                 social_media_id)
            VALUES (:section, :title, :slug, :lead, :body, :source, :editorCode, :media,
                    :readAlso, :status, :publishedAt, :now, :updatedAt, 0, :seoTitle,
                    :metaDescription, :socialMedia)
            RETURNING id
            """)
        .param("section", draft.sectionId())
        .param("title", draft.title())
        .param("slug", slug)
        .param("lead", draft.lead())
        .param("body", bodyHtml)
        .param("source", draft.source())
        .param("editorCode", draft.editorCode())
        .param("media", draft.leadMediaId())
        .param("readAlso", draft.readAlsoId())
        .param("status", draft.status().name())
        .param(
            "publishedAt", draft.publishedAt() == null ? null : draft.publishedAt().toEpochMilli())
        .param("now", now.toEpochMilli())
        .param("seoTitle", draft.seo().title())
        .param("metaDescription", draft.seo().description())
        .param("socialMedia", draft.seo().imageId())
        .param(
            "updatedAt",
            (draft.updatedAt() != null
                    ? draft.updatedAt()
                    : draft.publishedAt() != null ? draft.publishedAt() : now)
                .toEpochMilli())
        .query(Long.class)
        .single();
  }

  void replaceAuthors(long articleId, List<Long> authorIds) {
    replaceLinks("article_author", "author_id", articleId, authorIds);
  }

  void replaceTags(long articleId, List<Long> tagIds) {
    replaceLinks("article_tag", "tag_id", articleId, tagIds);
  }

  void replaceRelated(long articleId, Collection<Long> relatedIds) {
    replaceLinks("related_link", "related_id", articleId, List.copyOf(relatedIds));
  }

  /** One DELETE and, when there are any, one INSERT of all the rows in their order. */
  private void replaceLinks(String table, String column, long articleId, List<Long> ids) {
    jdbc.sql("DELETE FROM " + table + " WHERE article_id = :id").param("id", articleId).update();
    if (ids.isEmpty()) {
      return;
    }
    var sql =
        new StringBuilder(
            "INSERT INTO " + table + " (article_id, " + column + ", position) VALUES ");
    Map<String, Object> params = new HashMap<>();
    params.put("article", articleId);
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(:article, :v")
          .append(i)
          .append(", ")
          .append(i)
          .append(')');
      params.put("v" + i, ids.get(i));
    }
    jdbc.sql(sql.toString()).params(params).update();
  }

  void setReadAlso(long articleId, Long readAlsoId) {
    jdbc.sql("UPDATE article SET read_also_id = :r WHERE id = :id")
        .param("r", readAlsoId)
        .param("id", articleId)
        .update();
  }

  /** Titles of articles (any status) that show this image as lead photo or inside the body. */
  @Override
  public List<String> titlesUsing(long mediaId, String fileKey) {
    return jdbc.sql(
            """
            SELECT title FROM article
            WHERE lead_media_id = :id OR social_media_id = :id OR body_html LIKE :pattern
            ORDER BY updated_at DESC
            """)
        .param("id", mediaId)
        .param("pattern", "%/media/" + fileKey + "-%")
        .query(String.class)
        .list();
  }

  /** Ids of scheduled articles whose time has come, oldest first. */
  public List<Long> findDueScheduled(Instant now) {
    return jdbc.sql(
            """
            SELECT id FROM article WHERE status = 'SCHEDULED' AND published_at <= :now
            ORDER BY published_at, id
            """)
        .param("now", now.toEpochMilli())
        .query(Long.class)
        .list();
  }

  public List<Correction> findCorrections(long articleId) {
    return jdbc.sql(
            """
            SELECT id, article_id, note, created_at FROM article_correction
            WHERE article_id = :id ORDER BY created_at, id
            """)
        .param("id", articleId)
        .query(
            (rs, n) ->
                new Correction(
                    rs.getLong("id"),
                    rs.getLong("article_id"),
                    rs.getString("note"),
                    instant(rs, "created_at")))
        .list();
  }

  /**
   * Writes the article's fields if it is still at the expected version, and gives back the row as
   * written (one statement: UPDATE ... RETURNING); empty when the version had moved on.
   */
  Optional<Article> update(
      long id,
      int expectedVersion,
      ArticleDraft draft,
      String slug,
      String bodyHtml,
      Instant publishedAt,
      Instant updatedAt) {
    return jdbc.sql(
            """
            UPDATE article
            SET section_id = :section, title = :title, slug = :slug, lead = :lead,
                body_html = :body, source = :source, editor_code = :editorCode,
                lead_media_id = :media, read_also_id = :readAlso, status = :status,
                published_at = :publishedAt, updated_at = :updatedAt, version = version + 1,
                seo_title = :seoTitle, meta_description = :metaDescription,
                social_media_id = :socialMedia
            WHERE id = :id AND version = :version
            RETURNING\
            """
                + " "
                + ARTICLE_COLUMNS)
        .param("section", draft.sectionId())
        .param("title", draft.title())
        .param("slug", slug)
        .param("lead", draft.lead())
        .param("body", bodyHtml)
        .param("source", draft.source())
        .param("editorCode", draft.editorCode())
        .param("media", draft.leadMediaId())
        .param("readAlso", draft.readAlsoId())
        .param("status", draft.status().name())
        .param("publishedAt", publishedAt == null ? null : publishedAt.toEpochMilli())
        .param("updatedAt", updatedAt.toEpochMilli())
        .param("seoTitle", draft.seo().title())
        .param("metaDescription", draft.seo().description())
        .param("socialMedia", draft.seo().imageId())
        .param("id", id)
        .param("version", expectedVersion)
        .query(ARTICLE)
        .optional();
  }

  /**
   * Holds the article's row until the transaction ends, so that changes to one article that read
   * before they write (its revision numbers) go one at a time on PostgreSQL. On SQLite the write
   * transaction holds the whole database already. Portable: an UPDATE that changes nothing.
   */
  public void lock(long id) {
    jdbc.sql("UPDATE article SET version = version WHERE id = :id").param("id", id).update();
  }

  /** Publishes a scheduled article whose time has come; false if it was not (any longer) due. */
  boolean publishIfDue(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE article SET status = 'PUBLISHED', updated_at = published_at,
                                   version = version + 1
                WHERE id = :id AND status = 'SCHEDULED' AND published_at <= :now
                """)
            .param("id", id)
            .param("now", now.toEpochMilli())
            .update()
        == 1;
  }

  void insertCorrection(long articleId, String note, Instant now) {
    jdbc.sql(
            """
            INSERT INTO article_correction (article_id, note, created_at)
            VALUES (:id, :note, :now)
            """)
        .param("id", articleId)
        .param("note", note)
        .param("now", now.toEpochMilli())
        .update();
    jdbc.sql("UPDATE article SET updated_at = :now, version = version + 1 WHERE id = :id")
        .param("now", now.toEpochMilli())
        .param("id", articleId)
        .update();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
