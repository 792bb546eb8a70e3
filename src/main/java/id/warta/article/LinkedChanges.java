package id.warta.article;

import id.warta.author.AuthorChanged;
import id.warta.media.MediaDescribed;
import id.warta.platform.Changes;
import id.warta.section.Section;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What articles show of other things: when an author is renamed or moves address, or an image's
 * credit, caption or alternative text changes, the published articles that show them are recorded
 * as changed, in the same transaction.
 */
@Component
class LinkedChanges {
  private final JdbcClient jdbc;
  private final Changes changes;

  LinkedChanges(JdbcClient jdbc, Changes changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  @EventListener
  void on(AuthorChanged event) {
    Set<String> keys = new LinkedHashSet<>();
    jdbc.sql(
            """
            SELECT aa.article_id FROM article_author aa JOIN article a ON a.id = aa.article_id
            WHERE aa.author_id = :id AND a.status = 'PUBLISHED'
            """)
        .param("id", event.authorId())
        .query(Long.class)
        .list()
        .forEach(id -> keys.add(ArticleKeys.article(id)));
    if (!keys.isEmpty()) {
      changes.record(keys);
    }
  }

  @EventListener
  void on(MediaDescribed event) {
    Set<String> keys = new LinkedHashSet<>();
    jdbc.sql(
            """
            SELECT id, section_id FROM article
            WHERE status = 'PUBLISHED' AND (lead_media_id = :id OR body_html LIKE :pattern)
            """)
        .param("id", event.mediaId())
        .param("pattern", "%/media/" + event.fileKey() + "-%")
        .query(
            (rs, n) -> {
              keys.add(ArticleKeys.article(rs.getLong("id")));
              keys.add(Section.key(rs.getLong("section_id")));
              return null;
            })
        .list();
    if (!keys.isEmpty()) {
      keys.add(ArticleKeys.ARTICLES);
      changes.record(keys);
    }
  }
}
