package id.warta.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This process's reader of the change table: applies every committed change, once, to every {@link
 * ChangeListener} (the search index, the in-memory caches, the page cache, HTTP caches).
 *
 * <p>It reads by id: right after each local commit ({@link Changes}) and every {@code
 * warta.changes.poll-every} for changes other processes wrote (a command run beside the site, or
 * another node). Nothing here assumes it is the only reader: each process keeps its own position,
 * and rows are only pruned when an hour old.
 *
 * <p>Ids are not committed in order on PostgreSQL (an identity value is taken at insert, the row
 * shows at commit), so "id greater than the last seen" alone could skip a row that commits late. An
 * id passed over is remembered as a gap and looked for again at every poll for {@code
 * warta.changes.gap-wait}; after that it is taken for a rolled-back transaction.
 */
@Component
public class ChangeFeed {
  private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
  private static final int BATCH = 500;

  /** At most this many ids are looked for again: more means ids jumped, not gaps. */
  static final int MAX_GAPS = 1000;

  /** On start the last rows are read again, in case one of them committed late. */
  static final int START_WINDOW = 100;

  private record Row(long id, String surrogateKeys) {}

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final TransactionTemplate connectionHeld;
  private final ObjectProvider<ChangeListener> beans;
  private final List<ChangeListener> registered = new CopyOnWriteArrayList<>();
  private final ChangeProperties properties;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicLong applied = new AtomicLong();

  /** Highest id read; -1 before the first poll. Guarded by {@link #lock}. */
  private long high = -1;

  /** Ids below {@link #high} not seen yet, with the nano time they were first missed. */
  private final Map<Long, Long> gaps = new LinkedHashMap<>();

  ChangeFeed(
      JdbcClient jdbc,
      DataSource dataSource,
      PlatformTransactionManager transactions,
      ObjectProvider<ChangeListener> beans,
      ChangeProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    // No transaction, only a connection held for the poll's scope (autocommit reads).
    this.connectionHeld = new TransactionTemplate(transactions);
    this.connectionHeld.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    this.beans = beans;
    this.properties = properties;
    this.clock = clock;
  }

  /** A cache kept current by this feed; {@code timeToLive} null for none. */
  public <K, V> KeyedCache<K, V> newCache(long maximumSize, Duration timeToLive) {
    var cache = new KeyedCache<K, V>(maximumSize, timeToLive);
    registered.add(cache);
    return cache;
  }

  /** Adds a listener that is not a bean; it is told of changes applied from now on. */
  public void register(ChangeListener listener) {
    registered.add(listener);
  }

  public void remove(ChangeListener listener) {
    registered.remove(listener);
  }

  /** Applies every change committed since the last poll; returns when they are applied. */
  public void poll() {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // Right after a commit, on the writer's thread: its connection is still held, so read on it.
      pollLocked();
    } else {
      // Take a connection before the lock, so a poller never waits for a connection that a
      // writer waiting for the lock holds.
      connectionHeld.executeWithoutResult(
          status -> {
            DataSourceUtils.getConnection(dataSource);
            pollLocked();
          });
    }
  }

  @Scheduled(
      fixedDelayString = "${warta.changes.poll-every:500ms}",
      initialDelayString = "${warta.changes.poll-every:500ms}")
  void scheduledPoll() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.warn("Reading the change feed failed; trying again at the next poll", e);
    }
  }

  @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
  void prune() {
    try {
      jdbc.sql("DELETE FROM content_change WHERE created_at < :before")
          .param("before", clock.millis() - properties.keep().toMillis())
          .update();
    } catch (RuntimeException e) {
      log.warn("Pruning the change feed failed", e);
    }
  }

  /** How many change rows this process has applied. */
  public long applied() {
    return applied.get();
  }

  private void pollLocked() {
    lock.lock();
    try {
      List<Row> rows = read();
      if (rows.isEmpty()) {
        return;
      }
      Set<String> keys = new LinkedHashSet<>();
      rows.forEach(r -> keys.addAll(Arrays.asList(r.surrogateKeys().split(" "))));
      apply(Set.copyOf(keys));
      applied.addAndGet(rows.size());
    } finally {
      lock.unlock();
    }
  }

  private List<Row> read() {
    long now = System.nanoTime();
    if (high < 0) {
      long max =
          jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM content_change").query(Long.class).single();
      high = Math.max(0, max - START_WINDOW);
    }
    List<Row> found = new ArrayList<>();
    long wait = properties.gapWait().toNanos();
    gaps.values().removeIf(firstMissed -> now - firstMissed > wait);
    if (!gaps.isEmpty()) {
      List<Row> late =
          jdbc.sql("SELECT id, surrogate_keys FROM content_change WHERE id IN (:ids)")
              .param("ids", List.copyOf(gaps.keySet()))
              .query(Row.class)
              .list();
      late.forEach(r -> gaps.remove(r.id()));
      found.addAll(late);
    }
    while (true) {
      List<Row> batch =
          jdbc.sql(
                  "SELECT id, surrogate_keys FROM content_change WHERE id > :after ORDER BY id"
                      + " LIMIT "
                      + BATCH)
              .param("after", high)
              .query(Row.class)
              .list();
      for (Row row : batch) {
        for (long missing = Math.max(high + 1, row.id() - MAX_GAPS);
            missing < row.id();
            missing++) {
          gaps.putIfAbsent(missing, now);
        }
        high = row.id();
      }
      found.addAll(batch);
      if (batch.size() < BATCH) {
        break;
      }
    }
    for (Iterator<Long> oldest = gaps.keySet().iterator(); gaps.size() > MAX_GAPS; ) {
      oldest.next();
      oldest.remove();
    }
    return found;
  }

  private void apply(Set<String> keys) {
    List<ChangeListener> listeners = new ArrayList<>(beans.orderedStream().toList());
    listeners.addAll(registered);
    listeners.sort(Comparator.comparing(ChangeListener::stage));
    for (ChangeListener listener : listeners) {
      try {
        listener.changed(keys);
      } catch (RuntimeException e) {
        log.error("Applying changes {} failed in {}", keys, listener.getClass().getSimpleName(), e);
      }
    }
  }
}
