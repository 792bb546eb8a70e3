package id.warta.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The transaction manager. On PostgreSQL it is Spring's own. On SQLite, which lets one connection
 * write at a time, every read-write transaction waits its turn in a fair queue in this process and
 * then begins with {@code BEGIN IMMEDIATE}, so it holds the write lock from its first statement.
 *
 * <p>Why: sqlite-jdbc begins a DEFERRED transaction, which starts as a reader. In WAL mode a reader
 * that then writes fails at once with {@code SQLITE_BUSY_SNAPSHOT} if another connection wrote
 * since its first read, and {@code busy_timeout} does not help with that case (measured: 3–23 %
 * HTTP 500 with two to four writers). Queueing in the JVM before a pooled connection is taken keeps
 * waiting writers from holding connections the readers need, and lets them go in arrival order
 * instead of polling in SQLite's busy handler. The busy timeout of the JDBC URL still covers
 * writers the queue does not see: another process (a command) and single statements run outside a
 * transaction.
 *
 * <p>Read-only transactions and reads outside transactions stay DEFERRED and run in parallel with
 * the writer (WAL readers see the last committed state).
 */
class SerializedWriteTransactions extends JdbcTransactionManager {
  /** Longer than any write transaction should take; a stuck writer ends in an error, not a hang. */
  static final long QUEUE_TIMEOUT_SECONDS = 60;

  private final boolean serialize;
  private final ReentrantLock writers = new ReentrantLock(true);

  /** Transactions (by identity) that hold their turn in the queue. */
  private final Set<Object> holding =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  SerializedWriteTransactions(DataSource dataSource, Database database) {
    super(dataSource);
    this.serialize = database == Database.SQLITE;
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {
    if (!serialize || definition.isReadOnly()) {
      super.doBegin(transaction, definition);
      return;
    }
    if (writers.isHeldByCurrentThread()) {
      // The outer transaction holds SQLite's write lock on another connection: this one would
      // wait for it until the busy timeout and fail.
      throw new IllegalTransactionStateException(
          "A new write transaction inside another write transaction cannot proceed on SQLite");
    }
    try {
      if (!writers.tryLock(QUEUE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new CannotCreateTransactionException(
            "No turn to write within "
                + QUEUE_TIMEOUT_SECONDS
                + " s: another write is taking too long");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CannotCreateTransactionException("Interrupted while waiting to write", e);
    }
    holding.add(transaction);
    try {
      super.doBegin(transaction, definition);
    } catch (RuntimeException | Error e) {
      leaveQueue(transaction);
      throw e;
    }
  }

  @Override
  protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(con, definition);
    if (serialize && !definition.isReadOnly()) {
      // setAutoCommit(false) has just run sqlite-jdbc's DEFERRED "begin", and nothing has been
      // read in it: end it and take the write lock now. The connection's own mode stays DEFERRED,
      // so the "begin" sqlite-jdbc issues again after commit takes no lock.
      try (Statement statement = con.createStatement()) {
        statement.execute("ROLLBACK");
        statement.execute("BEGIN IMMEDIATE");
      }
    }
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    try {
      super.doCommit(status);
    } finally {
      // After-commit work (index updates, purges) runs without holding up the next writer.
      leaveQueue(status.getTransaction());
    }
  }

  @Override
  protected void doRollback(DefaultTransactionStatus status) {
    try {
      super.doRollback(status);
    } finally {
      leaveQueue(status.getTransaction());
    }
  }

  @Override
  protected void doCleanupAfterCompletion(Object transaction) {
    try {
      super.doCleanupAfterCompletion(transaction);
    } finally {
      leaveQueue(transaction);
    }
  }

  private void leaveQueue(Object transaction) {
    if (holding.remove(transaction)) {
      writers.unlock();
    }
  }
}
