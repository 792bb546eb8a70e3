package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class PublishedMonthsTest extends PublishedMonthsContract {
  @Autowired JdbcClient jdbc;

  /** SQLite's plans: a range of an index for the months and for a month's part, never a scan. */
  @Test
  void monthsAreReadByIndexRangesNotByScanningTheArchive() {
    String count =
        """
        SELECT COUNT(*), MAX(updated_at) FROM article WHERE status = 'PUBLISHED'
         AND published_at >= 1 AND published_at < 2\
        """;
    assertThat(plan(count))
        .anyMatch(p -> p.contains("USING COVERING INDEX article_published_updated"));
    String part =
        """
        SELECT a.id, a.slug, s.slug AS section_slug, a.published_at, a.updated_at
        FROM article a JOIN section s ON s.id = a.section_id
        WHERE a.status = 'PUBLISHED' AND a.published_at >= 1 AND a.published_at < 2
        ORDER BY a.published_at, a.id LIMIT 10 OFFSET 0\
        """;
    assertThat(plan(part))
        .noneMatch(p -> p.startsWith("SCAN a"))
        .anyMatch(p -> p.contains("SEARCH a USING"));
  }

  private List<String> plan(String sql) {
    return jdbc.sql("EXPLAIN QUERY PLAN " + sql).query((rs, n) -> rs.getString("detail")).list();
  }
}
