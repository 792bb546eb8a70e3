package id.warta.platform;

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
 */
@Component
public class PlannerStatistics {
  private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

  private final JdbcTemplate jdbc;
  private final Database database;

  PlannerStatistics(JdbcTemplate jdbc, Database database) {
    this.jdbc = jdbc;
    this.database = database;
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
    log.info("Statistics {} in {} ms", done, (System.nanoTime() - started) / 1_000_000);
  }

  @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT6H")
  void periodically() {
    refresh();
  }
}
