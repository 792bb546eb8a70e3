package id.warta.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, wakes the {@link ChangeFeed} as soon as another process commits a change: {@link
 * Changes} sends {@code NOTIFY warta_change} in the writer's transaction (delivered at commit), and
 * this keeps one connection of its own (outside the pool, which it would otherwise hold for good)
 * LISTENing on a daemon thread.
 *
 * <p>A notification only says "read now": the feed still reads the change table by id, so a
 * notification lost with a dropped connection loses nothing. After every (re)connect the feed is
 * read once, for what was committed while nobody listened; the scheduled poll stays as the
 * fallback. A dropped connection is opened again after a growing pause (capped at {@link
 * #MAX_BACKOFF}). On SQLite this does nothing.
 */
@Component
class ChangeNotifications implements SmartLifecycle {
  static final String CHANNEL = "warta_change";
  private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** How long one wait for notifications blocks before it checks whether to stop. */
  private static final int WAIT_MILLIS = 5_000;

  private final DataSource dataSource;
  private final ChangeFeed feed;
  private final boolean enabled;
  private volatile boolean running;
  private volatile Thread thread;
  private volatile Connection connection;
  private volatile int backendPid;

  ChangeNotifications(DataSource dataSource, ChangeFeed feed, Database database) {
    this.dataSource = dataSource;
    this.feed = feed;
    this.enabled = database == Database.POSTGRESQL;
  }

  @Override
  public void start() {
    running = true;
    if (enabled) {
      thread = Thread.ofPlatform().daemon().name("change-notifications").start(this::listen);
    }
  }

  @Override
  public void stop() {
    running = false;
    Thread listening = thread;
    if (listening != null) {
      listening.interrupt();
      closeQuietly(connection);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** The server process of the listening connection, 0 when not connected (for tests). */
  int backendPid() {
    return backendPid;
  }

  private void listen() {
    Duration backoff = FIRST_BACKOFF;
    while (running) {
      try (Connection listening = open()) {
        connection = listening;
        try (var statement = listening.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
          try (var pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            backendPid = pid.getInt(1);
          }
        }
        backoff = FIRST_BACKOFF;
        wake();
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (running) {
          var received = notifications.getNotifications(WAIT_MILLIS);
          if (received != null && received.length > 0) {
            wake();
          }
        }
      } catch (SQLException | RuntimeException e) {
        backendPid = 0;
        if (!running) {
          return;
        }
        log.warn(
            "Listening for changes failed ({}); connecting again in {}", e.getMessage(), backoff);
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          return;
        }
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
      }
    }
  }

  private void wake() {
    try {
      feed.poll();
    } catch (RuntimeException e) {
      log.warn("Reading the change feed after a notification failed; the next poll tries again", e);
    }
  }

  /** A connection of its own, with the pool's settings. */
  private Connection open() throws SQLException {
    if (dataSource.isWrapperFor(HikariDataSource.class)) {
      HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
      return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
    return dataSource.getConnection();
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing only to stop the wait.
    }
  }
}
