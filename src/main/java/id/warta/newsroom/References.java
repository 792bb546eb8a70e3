package id.warta.newsroom;

import id.warta.article.ArticleDraft;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether what an article form points at exists (its section, bylines, lead photo, Baca Juga
 * articles): one query whatever the number of links, so that a save stays a few statements.
 */
@Repository
class References {
  /** How many of each kind of reference exist. */
  record Found(long sections, long authors, long media, long related, long readAlso) {}

  private final JdbcClient jdbc;

  References(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Found count(ArticleDraft d) {
    return jdbc.sql(
            """
            SELECT (SELECT COUNT(*) FROM section WHERE id = :section) AS sections,
                   (SELECT COUNT(*) FROM author WHERE id IN (:authors)) AS authors,
                   (SELECT COUNT(*) FROM media WHERE id = :media) AS media,
                   (SELECT COUNT(*) FROM article WHERE id IN (:related)) AS related,
                   (SELECT COUNT(*) FROM article WHERE id = :readAlso) AS read_also
            """)
        .param("section", d.sectionId())
        .param("authors", orNone(d.authorIds().stream().distinct().toList()))
        .param("media", d.leadMediaId() == null ? -1L : d.leadMediaId())
        .param("related", orNone(d.relatedIds().stream().distinct().toList()))
        .param("readAlso", d.readAlsoId() == null ? -1L : d.readAlsoId())
        .query(
            (rs, n) ->
                new Found(
                    rs.getLong("sections"),
                    rs.getLong("authors"),
                    rs.getLong("media"),
                    rs.getLong("related"),
                    rs.getLong("read_also")))
        .single();
  }

  /** IN () is not SQL: no id matches -1. */
  private static List<Long> orNone(List<Long> ids) {
    return ids.isEmpty() ? List.of(-1L) : ids;
  }
}
