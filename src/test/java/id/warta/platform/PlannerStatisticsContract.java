package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.TestContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a bulk load the planner has statistics for the article table at once, on SQLite ({@code
 * PlannerStatisticsTest}) and PostgreSQL ({@code PlannerStatisticsIT}), whose autovacuum would come
 * only later (a reindex right after a million-row import was planned without them).
 */
abstract class PlannerStatisticsContract {
  @Autowired ApplicationContext context;
  @Autowired PlannerStatistics statistics;
  @Autowired JdbcClient jdbc;

  /** How many articles the planner believes there are. */
  abstract long plannedArticles();

  @Test
  void aBulkLoadLeavesTheArticleTableAnalysed() {
    var content = TestContent.of(context);
    var section = content.section("Kanal Statistik");
    var author = content.author("Penulis Statistik");
    content.article(section, author).create();

    statistics.afterBulkLoad();

    assertThat(plannedArticles())
        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single());
  }
}
