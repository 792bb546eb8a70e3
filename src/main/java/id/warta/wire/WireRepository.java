package id.warta.wire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The wire tables: sources and their poll state, items by version, photos, takings. */
@Repository
class WireRepository {
  private static final String SOURCE_COLUMNS =
      "id, name, kind, location, agency, poll_minutes, enabled, next_poll_at, last_polled_at,"
          + " last_success_at, last_error, failure_count";

  /** Items with their source, the count of their versions and whether they were taken. */
  private static final String ITEM_SELECT =
      """
      SELECT i.id, i.source_id, s.name AS source_name, s.agency, i.guid, i.version, i.received_at,
             i.version_created, i.pub_status, i.priority, i.urgency, i.headline, i.lead, i.body_html,
             i.dateline, i.byline, i.credit, i.error,
             (SELECT COUNT(*) FROM wire_item v WHERE v.source_id = i.source_id AND v.guid = i.guid) AS versions,
             t.article_id AS taken_article_id, t.version AS taken_version
      FROM wire_item i
      JOIN wire_source s ON s.id = i.source_id
      LEFT JOIN wire_taking t ON t.source_id = i.source_id AND t.guid = i.guid
      """;

  private static final String LATEST_ONLY =
      " NOT EXISTS (SELECT 1 FROM wire_item n WHERE n.source_id = i.source_id AND n.guid = i.guid"
          + " AND n.version > i.version)";

  private final JdbcClient jdbc;

  WireRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertSource(WireSourceForm.Valid form) {
    return jdbc.sql(
            """
            INSERT INTO wire_source (name, kind, location, agency, poll_minutes, enabled, next_poll_at)
            VALUES (:name, :kind, :location, :agency, :poll, :enabled, 0) RETURNING id
            """)
        .param("name", form.name())
        .param("kind", form.kind().name())
        .param("location", form.location())
        .param("agency", form.agency())
        .param("poll", form.pollMinutes())
        .param("enabled", form.enabled())
        .query(Long.class)
        .single();
  }

  List<WireSource> findSources() {
    return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM wire_source ORDER BY lower(name)")
        .query(WireRepository::source)
        .list();
  }

  Optional<WireSource> findSource(long id) {
    return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM wire_source WHERE id = :id")
        .param("id", id)
        .query(WireRepository::source)
        .optional();
  }

  boolean nameTaken(String name) {
    return jdbc.sql("SELECT COUNT(*) FROM wire_source WHERE lower(name) = :name")
            .param("name", name.toLowerCase(Locale.ROOT))
            .query(Long.class)
            .single()
        > 0;
  }

  void setEnabled(long id, boolean enabled) {
    jdbc.sql("UPDATE wire_source SET enabled = :enabled, next_poll_at = 0 WHERE id = :id")
        .param("enabled", enabled)
        .param("id", id)
        .update();
  }

  List<WireSource> findDue(Instant now) {
    return jdbc.sql(
            "SELECT "
                + SOURCE_COLUMNS
                + " FROM wire_source WHERE enabled = TRUE AND next_poll_at <= :now ORDER BY id")
        .param("now", now.toEpochMilli())
        .query(WireRepository::source)
        .list();
  }

  record Validators(String etag, String lastModified) {}

  Validators findValidators(long id) {
    return jdbc.sql("SELECT etag, last_modified FROM wire_source WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> new Validators(rs.getString("etag"), rs.getString("last_modified")))
        .single();
  }

  void recordSuccess(long id, String etag, String lastModified, Instant now, Instant next) {
    jdbc.sql(
            """
            UPDATE wire_source SET etag = :etag, last_modified = :lm, last_polled_at = :now,
              last_success_at = :now, last_error = NULL, failure_count = 0, next_poll_at = :next
            WHERE id = :id
            """)
        .param("etag", etag)
        .param("lm", lastModified)
        .param("now", now.toEpochMilli())
        .param("next", next.toEpochMilli())
        .param("id", id)
        .update();
  }

  void recordFailure(long id, String error, Instant now, Instant next) {
    jdbc.sql(
            """
            UPDATE wire_source SET last_polled_at = :now, last_error = :error,
              failure_count = failure_count + 1, next_poll_at = :next
            WHERE id = :id
            """)
        .param("now", now.toEpochMilli())
        .param("error", WireText.clean(error, 1000))
        .param("next", next.toEpochMilli())
        .param("id", id)
        .update();
  }

  /**
   * Stores one version of an item unless it is already there (delivered again).
   *
   * @return the new row's id, empty for a repeat
   */
  Optional<Long> insertItem(long sourceId, ParsedItem item, Instant receivedAt) {
    Optional<Long> id =
        jdbc.sql(
                """
                INSERT INTO wire_item (source_id, guid, version, received_at, version_created, pub_status,
                  priority, urgency, headline, lead, body_html, dateline, byline, credit, error)
                VALUES (:source, :guid, :version, :received, :created, :status, :priority, :urgency,
                  :headline, :lead, :body, :dateline, :byline, :credit, :error)
                ON CONFLICT (source_id, guid, version) DO NOTHING
                RETURNING id
                """)
            .param("source", sourceId)
            .param("guid", item.guid())
            .param("version", item.version())
            .param("received", receivedAt.toEpochMilli())
            .param(
                "created",
                item.versionCreated() == null ? null : item.versionCreated().toEpochMilli())
            .param("status", item.pubStatus())
            .param("priority", item.priority())
            .param("urgency", item.urgency())
            .param("headline", item.headline())
            .param("lead", item.lead())
            .param("body", item.bodyHtml())
            .param("dateline", item.dateline())
            .param("byline", item.byline())
            .param("credit", item.credit())
            .param("error", item.error() == null ? null : WireText.clean(item.error(), 1000))
            .query(Long.class)
            .optional();
    id.ifPresent(
        itemId -> {
          int position = 0;
          for (ParsedItem.Photo photo : item.photos()) {
            jdbc.sql(
                    "INSERT INTO wire_photo (item_id, position, href, caption, credit)"
                        + " VALUES (:item, :position, :href, :caption, :credit)")
                .param("item", itemId)
                .param("position", position++)
                .param("href", photo.href())
                .param("caption", photo.caption())
                .param("credit", photo.credit())
                .update();
          }
        });
    return id;
  }

  /** The latest version of each item, newest first; {@code query} searches headline and guid. */
  List<WireItem> findQueue(String query, Long sourceId, long offset, int limit) {
    return jdbc.sql(
            ITEM_SELECT
                + " WHERE"
                + LATEST_ONLY
                + filter(query, sourceId)
                + " ORDER BY i.received_at DESC, i.id DESC LIMIT :limit OFFSET :offset")
        .params(filterParams(query, sourceId))
        .param("limit", limit)
        .param("offset", offset)
        .query(WireRepository::item)
        .list();
  }

  long countQueue(String query, Long sourceId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM wire_item i WHERE" + LATEST_ONLY + filter(query, sourceId))
        .params(filterParams(query, sourceId))
        .query(Long.class)
        .single();
  }

  private static String filter(String query, Long sourceId) {
    String sql = "";
    if (sourceId != null) {
      sql += " AND i.source_id = :sourceId";
    }
    if (query != null && !query.isBlank()) {
      sql += " AND (lower(i.headline) LIKE :q OR lower(i.guid) LIKE :q OR lower(i.lead) LIKE :q)";
    }
    return sql;
  }

  private static java.util.Map<String, Object> filterParams(String query, Long sourceId) {
    var params = new java.util.HashMap<String, Object>();
    if (sourceId != null) {
      params.put("sourceId", sourceId);
    }
    if (query != null && !query.isBlank()) {
      String escaped = query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
      params.put("q", "%" + escaped + "%");
    }
    return params;
  }

  Optional<WireItem> findItem(long id) {
    return jdbc.sql(ITEM_SELECT + " WHERE i.id = :id")
        .param("id", id)
        .query(WireRepository::item)
        .optional()
        .map(i -> i.withPhotos(findPhotos(i.id())));
  }

  Optional<WireItem> findLatest(long sourceId, String guid) {
    return jdbc.sql(
            ITEM_SELECT + " WHERE i.source_id = :source AND i.guid = :guid AND" + LATEST_ONLY)
        .param("source", sourceId)
        .param("guid", guid)
        .query(WireRepository::item)
        .optional()
        .map(i -> i.withPhotos(findPhotos(i.id())));
  }

  List<ParsedItem.Photo> findPhotos(long itemId) {
    return jdbc.sql(
            "SELECT href, caption, credit FROM wire_photo WHERE item_id = :id ORDER BY position")
        .param("id", itemId)
        .query(
            (rs, n) ->
                new ParsedItem.Photo(
                    rs.getString("href"), rs.getString("caption"), rs.getString("credit")))
        .list();
  }

  /** Records that the item is being taken; false when someone took it already. */
  boolean take(long sourceId, String guid, int version, String username, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO wire_taking (source_id, guid, version, taken_by, taken_at)
                VALUES (:source, :guid, :version, :user, :now)
                ON CONFLICT (source_id, guid) DO NOTHING
                """)
            .param("source", sourceId)
            .param("guid", guid)
            .param("version", version)
            .param("user", username)
            .param("now", now.toEpochMilli())
            .update()
        == 1;
  }

  void setTakenArticle(long sourceId, String guid, long articleId) {
    jdbc.sql(
            "UPDATE wire_taking SET article_id = :article WHERE source_id = :source AND guid ="
                + " :guid")
        .param("article", articleId)
        .param("source", sourceId)
        .param("guid", guid)
        .update();
  }

  /** The latest version of the item an article was taken from. */
  Optional<WireItem> findTakenFor(long articleId) {
    return jdbc.sql("SELECT source_id, guid FROM wire_taking WHERE article_id = :article")
        .param("article", articleId)
        .query((rs, n) -> new Object[] {rs.getLong("source_id"), rs.getString("guid")})
        .optional()
        .flatMap(k -> findLatest((Long) k[0], (String) k[1]));
  }

  private static WireSource source(ResultSet rs, int n) throws SQLException {
    return new WireSource(
        rs.getLong("id"),
        rs.getString("name"),
        WireKind.valueOf(rs.getString("kind")),
        rs.getString("location"),
        rs.getString("agency"),
        rs.getInt("poll_minutes"),
        rs.getBoolean("enabled"),
        Instant.ofEpochMilli(rs.getLong("next_poll_at")),
        instant(rs, "last_polled_at"),
        instant(rs, "last_success_at"),
        rs.getString("last_error"),
        rs.getInt("failure_count"));
  }

  private static WireItem item(ResultSet rs, int n) throws SQLException {
    return new WireItem(
        rs.getLong("id"),
        rs.getLong("source_id"),
        rs.getString("source_name"),
        rs.getString("agency"),
        rs.getString("guid"),
        rs.getInt("version"),
        Instant.ofEpochMilli(rs.getLong("received_at")),
        instant(rs, "version_created"),
        rs.getString("pub_status"),
        integer(rs, "priority"),
        integer(rs, "urgency"),
        rs.getString("headline"),
        rs.getString("lead"),
        rs.getString("body_html"),
        rs.getString("dateline"),
        rs.getString("byline"),
        rs.getString("credit"),
        rs.getString("error"),
        rs.getInt("versions"),
        longOrNull(rs, "taken_article_id"),
        integer(rs, "taken_version"),
        List.of());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
