package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change feed as every process reads it: changes from this process, from another process (its
 * own connection to the database) and from another reader, ids committed out of order, and pruning.
 * Runs on SQLite ({@code ChangeFeedTest}) and PostgreSQL ({@code ChangeFeedIT}).
 */
abstract class ChangeFeedContract {
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Changes changes;
  @Autowired ChangeFeed feed;
  @Autowired Environment environment;

  /**
   * Commits a change naming {@code lowKey} with a lower id after one naming {@code highKey} with a
   * higher id, running {@code between} when only the higher one is visible.
   */
  abstract void commitOutOfOrder(String lowKey, String highKey, Runnable between) throws Exception;

  @Test
  void aChangeWrittenByAnotherProcessIsAppliedByTheNextPoll() throws Exception {
    String key = probeKey();
    KeyedCache<String, String> cache = feed.newCache(10, null);
    cache.get("page", k -> new KeyedCache.Loaded<>("old", Set.of(key)));
    var applied = new CountDownLatch(1);
    ChangeListener watcher = watching(key, applied);
    feed.register(watcher);
    try {
      otherProcess()
          .sql("INSERT INTO content_change (surrogate_keys, created_at) VALUES (:keys, :at)")
          .param("keys", key + " other:1")
          .param("at", System.currentTimeMillis())
          .update();

      if (!environment.getProperty("warta.scheduling.enabled", Boolean.class, true)) {
        feed.scheduledPoll(); // what the scheduler runs, where the tests turn it off
      }
      assertThat(applied.await(10, TimeUnit.SECONDS)).as("applied by the scheduled poll").isTrue();
      assertThat(cache.holds("page")).isFalse();
    } finally {
      feed.remove(watcher);
    }
  }

  @Test
  void everyReaderAppliesEveryCommittedChangeAndNoneRolledBack() {
    ChangeFeed otherNode = reader(Duration.ofHours(1));
    otherNode.poll();
    String committed = probeKey();
    String rolledBack = probeKey();
    KeyedCache<String, String> here = feed.newCache(10, null);
    KeyedCache<String, String> there = otherNode.newCache(10, null);
    for (var cache : java.util.List.of(here, there)) {
      cache.get("committed", k -> new KeyedCache.Loaded<>("v", Set.of(committed)));
      cache.get("rolled-back", k -> new KeyedCache.Loaded<>("v", Set.of(rolledBack)));
    }

    new TransactionTemplate(transactions).executeWithoutResult(status -> changes.record(committed));
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              changes.record(rolledBack);
              status.setRollbackOnly();
            });

    assertThat(here.holds("committed")).as("applied here right after the commit").isFalse();
    assertThat(there.holds("committed")).as("not yet polled there").isTrue();
    otherNode.poll();
    assertThat(there.holds("committed")).isFalse();
    assertThat(here.holds("rolled-back")).isTrue();
    assertThat(there.holds("rolled-back")).isTrue();
  }

  @Test
  void aChangeWhoseIdCommitsLateIsStillApplied() throws Exception {
    ChangeFeed reader = reader(Duration.ofHours(1));
    reader.poll();
    String low = probeKey();
    String high = probeKey();
    KeyedCache<String, String> cache = reader.newCache(10, null);
    cache.get("low", k -> new KeyedCache.Loaded<>("v", Set.of(low)));
    cache.get("high", k -> new KeyedCache.Loaded<>("v", Set.of(high)));

    commitOutOfOrder(
        low,
        high,
        () -> {
          reader.poll();
          assertThat(cache.holds("high")).isFalse();
          assertThat(cache.holds("low")).isTrue();
        });
    reader.poll();

    assertThat(cache.holds("low")).as("the late id was looked for again").isFalse();
  }

  @Test
  void anIdMissingLongerThanTheGapWaitIsTakenForARollback() throws Exception {
    ChangeFeed reader = reader(Duration.ZERO);
    reader.poll();
    String low = probeKey();
    String high = probeKey();
    KeyedCache<String, String> cache = reader.newCache(10, null);
    cache.get("low", k -> new KeyedCache.Loaded<>("v", Set.of(low)));

    commitOutOfOrder(low, high, reader::poll);
    reader.poll();

    assertThat(cache.holds("low")).isTrue();
  }

  @Test
  void rowsOlderThanTheRetentionArePruned() {
    long id =
        jdbc.sql(
                "INSERT INTO content_change (surrogate_keys, created_at) VALUES ('old:1', 0)"
                    + " RETURNING id")
            .query(Long.class)
            .single();

    feed.prune();

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM content_change WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  ChangeFeed reader(Duration gapWait) {
    return new ChangeFeed(
        jdbc,
        dataSource,
        transactions,
        new StaticListableBeanFactory().getBeanProvider(ChangeListener.class),
        new ChangeProperties(Duration.ofMillis(500), gapWait, Duration.ofHours(1)),
        Clock.systemUTC());
  }

  /** A connection of its own, as another process (a command, another node) has. */
  JdbcClient otherProcess() {
    return JdbcClient.create(
        new DriverManagerDataSource(
            environment.getRequiredProperty("spring.datasource.url"),
            environment.getProperty("spring.datasource.username", ""),
            environment.getProperty("spring.datasource.password", "")));
  }

  static String probeKey() {
    return "probe:" + UUID.randomUUID();
  }

  static ChangeListener watching(String key, CountDownLatch latch) {
    return new ChangeListener() {
      @Override
      public void changed(Set<String> keys) {
        if (keys.contains(key)) {
          latch.countDown();
        }
      }

      @Override
      public Stage stage() {
        return Stage.OUTSIDE;
      }
    };
  }
}
