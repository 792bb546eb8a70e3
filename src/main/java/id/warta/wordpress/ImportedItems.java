package id.warta.wordpress;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What earlier imports made of each item and image of an export (wordpress_item). */
@Repository
class ImportedItems {
  record Item(String kind, long targetId, int targetVersion, String fingerprint) {}

  private final JdbcClient jdbc;

  ImportedItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Item> find(String source, long wpId) {
    return jdbc.sql(
            """
            SELECT kind, target_id, target_version, fingerprint FROM wordpress_item
            WHERE source = :source AND wp_id = :id
            """)
        .param("source", source)
        .param("id", wpId)
        .query(Item.class)
        .optional();
  }

  void save(String source, long wpId, Item item, long now) {
    jdbc.sql(
            """
            INSERT INTO wordpress_item (source, wp_id, kind, target_id, target_version, fingerprint, imported_at)
            VALUES (:source, :id, :kind, :target, :version, :fingerprint, :at)
            ON CONFLICT (source, wp_id) DO UPDATE SET kind = excluded.kind, target_id = excluded.target_id,
              target_version = excluded.target_version, fingerprint = excluded.fingerprint,
              imported_at = excluded.imported_at
            """)
        .param("source", source)
        .param("id", wpId)
        .param("kind", item.kind())
        .param("target", item.targetId())
        .param("version", item.targetVersion())
        .param("fingerprint", item.fingerprint())
        .param("at", now)
        .update();
  }
}
