package id.warta.platform;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How a write tells every cache what it changed: one row in the change table (the outbox), written
 * in the writer's own transaction, so the change is announced if and only if it commits. Features
 * name their own keys ("a:42", "section:3"); this class knows none of them.
 *
 * <p>Right after the transaction commits this process applies the change ({@link ChangeFeed#poll}),
 * so the writer's next request is already fresh; other processes apply it at their next poll, or at
 * once on PostgreSQL, where the commit notifies them ({@link ChangeNotifications}).
 */
@Component
public class Changes {
  private final JdbcClient jdbc;
  private final ChangeFeed feed;
  private final Clock clock;
  private final boolean notify;

  Changes(JdbcClient jdbc, ChangeFeed feed, Clock clock, Database database) {
    this.jdbc = jdbc;
    this.feed = feed;
    this.clock = clock;
    this.notify = database == Database.POSTGRESQL;
  }

  public void record(String... keys) {
    record(List.of(keys));
  }

  /** Records that what these surrogate keys name changed; call inside the writing transaction. */
  public void record(Collection<String> keys) {
    var unique = new TreeSet<String>();
    for (String key : keys) {
      if (key == null || key.isBlank() || key.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("A surrogate key is one word: '" + key + "'");
      }
      unique.add(key);
    }
    if (unique.isEmpty()) {
      return;
    }
    jdbc.sql("INSERT INTO content_change (surrogate_keys, created_at) VALUES (:keys, :at)")
        .param("keys", String.join(" ", unique))
        .param("at", clock.millis())
        .update();
    if (notify) {
      // Delivered at commit, and not at all on rollback: wakes the other nodes
      // (ChangeNotifications).
      jdbc.sql("SELECT pg_notify('" + ChangeNotifications.CHANNEL + "', '')").query(row -> {});
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      feed.poll();
      return;
    }
    if (!TransactionSynchronizationManager.hasResource(this)) {
      TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              feed.poll();
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(Changes.this);
            }
          });
    }
  }
}
