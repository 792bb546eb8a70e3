package id.warta.media;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MediaRepository {
  private static final String COLUMNS =
      "id, file_key, content_type, width, height, credit, caption, alt_text";

  private final JdbcClient jdbc;

  MediaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<MediaAsset> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = :id")
        .param("id", id)
        .query(MediaAsset.class)
        .optional();
  }

  public List<MediaAsset> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id IN (:ids)")
        .param("ids", ids)
        .query(MediaAsset.class)
        .list();
  }

  /** Every asset's file key, for maintenance over the whole library. */
  List<String> findAllFileKeys() {
    return jdbc.sql("SELECT file_key FROM media ORDER BY id").query(String.class).list();
  }

  /** The newest images first, for pickers and the library screen. */
  public List<MediaAsset> findRecent(int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM media ORDER BY created_at DESC, id DESC LIMIT :limit")
        .param("limit", limit)
        .query(MediaAsset.class)
        .list();
  }

  /** Images whose caption, credit or alternative text contain every word, newest first. */
  public List<MediaAsset> search(String text, int limit) {
    var sql = new StringBuilder("SELECT " + COLUMNS + " FROM media WHERE 1 = 1");
    var params = new java.util.HashMap<String, Object>();
    int n = 0;
    for (String word : text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      if (word.isEmpty() || n == 8) {
        continue;
      }
      String p = "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      sql.append(" AND (lower(caption) LIKE :w")
          .append(n)
          .append(" ESCAPE '!' OR lower(credit) LIKE :w")
          .append(n)
          .append(" ESCAPE '!' OR lower(alt_text) LIKE :w")
          .append(n)
          .append(" ESCAPE '!')");
      params.put("w" + n, p);
      n++;
    }
    sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString()).params(params).query(MediaAsset.class).list();
  }

  Optional<MediaAsset> describe(long id, String credit, String caption, String altText) {
    return jdbc.sql(
            "UPDATE media SET credit = :credit, caption = :caption, alt_text = :alt WHERE id = :id"
                + " RETURNING "
                + COLUMNS)
        .param("id", id)
        .param("credit", credit)
        .param("caption", caption)
        .param("alt", altText)
        .query(MediaAsset.class)
        .optional();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
  }

  public Optional<MediaAsset> findByFileKey(String fileKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE file_key = :key")
        .param("key", fileKey)
        .query(MediaAsset.class)
        .optional();
  }

  MediaAsset insert(
      String fileKey,
      String contentType,
      int width,
      int height,
      String credit,
      String caption,
      String altText,
      Instant now) {
    long id =
        jdbc.sql(
                """
                INSERT INTO media (file_key, content_type, width, height, credit, caption,
                                   alt_text, created_at)
                VALUES (:key, :type, :width, :height, :credit, :caption, :alt, :now)
                RETURNING id
                """)
            .param("key", fileKey)
            .param("type", contentType)
            .param("width", width)
            .param("height", height)
            .param("credit", credit)
            .param("caption", caption)
            .param("alt", altText)
            .param("now", now.toEpochMilli())
            .query(Long.class)
            .single();
    return new MediaAsset(id, fileKey, contentType, width, height, credit, caption, altText);
  }
}
