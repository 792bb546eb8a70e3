package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WartaTest
class PlannerStatisticsTest extends PlannerStatisticsContract {
  private List<Map<String, Object>> before;

  /** SQLite's samples per index (sqlite_stat4), which a whole ANALYZE writes beside the counts. */
  private List<Map<String, Object>> samplesBefore;

  @Override
  long plannedArticles() {
    // sqlite_stat1 begins each index's line with the rows it counted
    String stat =
        jdbc.sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'article' ORDER BY idx LIMIT 1")
            .query(String.class)
            .optional()
            .orElse("0");
    return Long.parseLong(stat.split(" ")[0]);
  }

  @Autowired DataSource dataSource;

  /** The application's SQLite pool keeps compiled statements ({@link SqliteStatements}). */
  @Test
  void theApplicationsPoolKeepsItsStatements() throws SQLException {
    assertThat(dataSource.unwrap(HikariDataSource.class).getDataSource())
        .isInstanceOf(SqliteStatements.Caching.class);
  }

  /**
   * SQLite keeps counts, not samples: with samples it compiled each statement again at its first
   * step whenever a bound value met an indexed column (five times the article page's reading).
   */
  @Test
  void sqliteKeepsTheCountsAndNotTheSamples() {
    var content = TestContent.of(context);
    content.article(content.section("Kanal Sampel"), content.author("Penulis Sampel")).create();

    statistics.afterBulkLoad();

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'article'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sqlite_stat4").query(Long.class).single()).isZero();

    // A start after that refreshes them the same way.
    statistics.refresh();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sqlite_stat4").query(Long.class).single()).isZero();
  }

  /**
   * The statistics are the shared database's: the plans other classes check were made with the ones
   * it had, so they are put back (and reloaded) afterwards, the counts and the samples.
   */
  @BeforeEach
  void keepStatistics() {
    before = jdbc.sql("SELECT tbl, idx, stat FROM sqlite_stat1").query().listOfRows();
    samplesBefore =
        jdbc.sql("SELECT tbl, idx, neq, nlt, ndlt, sample FROM sqlite_stat4").query().listOfRows();
  }

  @AfterEach
  void restoreStatistics() {
    jdbc.sql("DELETE FROM sqlite_stat1").update();
    for (Map<String, Object> row : before) {
      jdbc.sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:tbl, :idx, :stat)")
          .param("tbl", row.get("tbl"))
          .param("idx", row.get("idx"))
          .param("stat", row.get("stat"))
          .update();
    }
    jdbc.sql("DELETE FROM sqlite_stat4").update();
    for (Map<String, Object> row : samplesBefore) {
      jdbc.sql(
              "INSERT INTO sqlite_stat4 (tbl, idx, neq, nlt, ndlt, sample)"
                  + " VALUES (:tbl, :idx, :neq, :nlt, :ndlt, :sample)")
          .params(row)
          .update();
    }
    jdbc.sql("ANALYZE sqlite_schema").update();
  }
}
