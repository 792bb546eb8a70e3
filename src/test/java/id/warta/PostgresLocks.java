package id.warta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For race tests on PostgreSQL: seeing one transaction wait for another's lock. */
public final class PostgresLocks {
  private PostgresLocks() {}

  /**
   * Waits (at most a minute) until {@code waiter} has finished or some session waits for a lock
   * that the session with backend pid {@code holder} holds.
   */
  public static void awaitWaitingOn(JdbcClient jdbc, int holder, Future<?> waiter, String what) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!waiter.isDone() && !blockedBy(jdbc, holder)) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static boolean blockedBy(JdbcClient jdbc, int backend) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE :pid = ANY (pg_blocking_pids(pid))")
            .param("pid", backend)
            .query(Long.class)
            .single()
        > 0;
  }
}
