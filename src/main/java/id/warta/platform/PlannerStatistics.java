package id.warta.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the query planner informed. Without statistics SQLite prefers the article status index
 * (every article is PUBLISHED) and walks the whole archive for a rare tag: 0.5 s at 100,000
 * articles instead of a millisecond. PostgreSQL's autovacuum does this by itself in time, but not
 * right after a bulk load: {@link #afterBulkLoad} is for the command that made one.
 *
 * <p>SQLite keeps the counts (sqlite_stat1) and not the samples of each index (sqlite_stat4) that
 * ANALYZE writes beside them. With samples, SQLite compiles a statement again at its first step
 * after values are bound whenever a bound value is compared with an indexed column, as the value
 * might change the plan: nearly every statement of a page, each time. At a million articles the
 * article page's reading took 234 µs with samples and 42 µs without (bound values, the statement
 * prepared once; 5,000 runs). The counts alone choose the plans the pages need (the reader pages'
 * figures in docs/benchmarks.md are with counts alone).
 */
@Component
public class PlannerStatistics {
  private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

  private final JdbcTemplate jdbc;
  private final Database database;
  private final DataSource dataSource;

  PlannerStatistics(JdbcTemplate jdbc, Database database, DataSource dataSource) {
    this.jdbc = jdbc;
    this.database = database;
    this.dataSource = dataSource;
  }

  /** On start (after the demo content), gathers statistics the first time, refreshes them later. */
  @EventListener(ApplicationReadyEvent.class)
  public void refresh() {
    if (database != Database.SQLITE) {
      return;
    }
    Long tables =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'", Long.class);
    boolean first = tables == null || tables == 0;
    analyse(first ? "ANALYZE" : "PRAGMA optimize", first ? "gathered" : "refreshed");
  }

  /**
   * After a bulk load (a million generated or imported articles): statistics for every table now,
   * before the next step (a reindex) is planned with those of an empty database.
   */
  public void afterBulkLoad() {
    analyse("ANALYZE", "gathered");
  }

  private void analyse(String statement, String done) {
    long started = System.nanoTime();
    if (database == Database.SQLITE) {
      // The whole of every index, not a sample: a sample of 2,000 entries had SQLite believe that
      // 2,001 articles share a status when a million do, so it read the archive by status and
      // sorted it for every batch of a reindex. The whole is 2.3 s at a million articles (sqlite3
      // shell, this machine). PRAGMA optimize still samples, but only redoes a table that grew
      // or shrank tenfold.
      jdbc.execute("PRAGMA analysis_limit = 0");
    }
    jdbc.execute(statement);
    if (database == Database.SQLITE) {
      withoutSamples();
      reopenConnections();
    }
    log.info("Statistics {} in {} ms", done, (System.nanoTime() - started) / 1_000_000);
  }

  /** Removes SQLite's index samples, if ANALYZE wrote any. */
  private void withoutSamples() {
    Long tables =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat4'", Long.class);
    if (tables != null && tables > 0) {
      jdbc.update("DELETE FROM sqlite_stat4");
    }
  }

  /**
   * Each pooled connection read the statistics when it opened: the pool replaces them (the idle at
   * once, the others when given back), and new ones read the statistics as they are now.
   */
  private void reopenConnections() {
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        if (pool != null) {
          pool.softEvictConnections();
        }
      }
    } catch (SQLException e) {
      log.warn("Connections keep the statistics they read: {}", e.getMessage());
    }
  }

  @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT6H")
  void periodically() {
    refresh();
  }
}
