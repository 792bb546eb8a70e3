package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.PostgresTest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * On PostgreSQL a change committed by another node is applied at once, not at the next poll (set to
 * an hour here, so only the notification can apply it), also after the listening connection was
 * killed.
 */
@PostgresTest
@TestPropertySource(properties = "warta.changes.poll-every=1h")
class ChangeNotificationsIT {
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ChangeFeed feed;
  @Autowired ChangeNotifications notifications;
  @Autowired Environment environment;

  @Test
  void aChangeCommittedOnAnotherNodeIsAppliedWithinASecond() throws Exception {
    awaitListening();

    assertThat(appliedWithin(Duration.ofSeconds(1))).as("applied within 1 s").isTrue();
  }

  @Test
  void afterTheListeningConnectionIsKilledChangesAreStillApplied() throws Exception {
    int killed = awaitListening();
    jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", killed).query(row -> {});

    assertThat(appliedWithin(Duration.ofSeconds(10)))
        .as("applied after reconnecting, though the next poll is an hour away")
        .isTrue();
    assertThat(awaitListening()).as("a new connection").isNotEqualTo(killed);
  }

  /** Whether a change another node records is applied here within the timeout. */
  private boolean appliedWithin(Duration timeout) throws InterruptedException {
    String key = ChangeFeedContract.probeKey();
    var applied = new CountDownLatch(1);
    ChangeListener watcher = ChangeFeedContract.watching(key, applied);
    feed.register(watcher);
    try {
      otherNode().record(key);
      return applied.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      feed.remove(watcher);
    }
  }

  /** Waits for the listener's connection (opened on a thread of its own at start). */
  private int awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (notifications.backendPid() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(notifications.backendPid()).as("listening").isNotZero();
    return notifications.backendPid();
  }

  /** Another node: its own connection, its own feed, writing through {@link Changes}. */
  private Changes otherNode() {
    var other =
        JdbcClient.create(
            new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", "")));
    var otherFeed =
        new ChangeFeed(
            other,
            dataSource,
            transactions,
            new StaticListableBeanFactory().getBeanProvider(ChangeListener.class),
            new ChangeProperties(Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofHours(1)),
            Clock.systemUTC());
    return new Changes(other, otherFeed, Clock.systemUTC(), Database.POSTGRESQL);
  }
}
