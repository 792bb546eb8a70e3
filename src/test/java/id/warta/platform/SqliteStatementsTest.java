package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * Pooled SQLite connections keep their compiled statements: the same SQL is compiled once per
 * connection, answers with each call's own values, never holds a read open between calls, and a
 * statement is never shared by two callers at once.
 */
class SqliteStatementsTest {
  @TempDir Path dir;
  HikariDataSource pool;
  JdbcClient jdbc;

  @BeforeEach
  void open() {
    pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:sqlite:" + dir.resolve("t.db") + "?journal_mode=WAL&busy_timeout=5000");
    pool.setMaximumPoolSize(1);
    new SqliteStatements().postProcessAfterInitialization(pool, "dataSource");
    jdbc = JdbcClient.create(pool);
    jdbc.sql("CREATE TABLE berita (id INTEGER PRIMARY KEY, judul TEXT)").update();
    for (int i = 1; i <= 5; i++) {
      jdbc.sql("INSERT INTO berita (id, judul) VALUES (?, ?)").params(i, "Judul " + i).update();
    }
  }

  @AfterEach
  void close() {
    pool.close();
  }

  /** The driver's statement behind what the pool lent. */
  static JDBC4PreparedStatement compiled(PreparedStatement lent) throws SQLException {
    return lent.unwrap(JDBC4PreparedStatement.class);
  }

  /**
   * Writes {@code update} from a connection of its own, then checkpoints the whole log: SQLite says
   * busy when some connection still reads an older state of the database.
   */
  void assertNoReadOpen(String update) throws SQLException {
    try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        var write = other.createStatement()) {
      write.executeUpdate(update);
      try (var checkpoint = write.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        checkpoint.next();
        assertThat(checkpoint.getInt(1)).as("busy").isZero();
      }
    }
  }

  @Test
  void theSameSqlIsCompiledOnceAndAnswersWithEachCallsValues() throws SQLException {
    String sql = "SELECT judul FROM berita WHERE id = ?";
    List<JDBC4PreparedStatement> seen = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int id = 1; id <= 3; id++) {
      try (Connection connection = pool.getConnection();
          PreparedStatement statement = connection.prepareStatement(sql)) {
        seen.add(compiled(statement));
        statement.setLong(1, id);
        try (var rows = statement.executeQuery()) {
          rows.next();
          titles.add(rows.getString(1));
        }
      }
    }
    assertThat(titles).containsExactly("Judul 1", "Judul 2", "Judul 3");
    assertThat(seen).hasSize(3).allSatisfy(s -> assertThat(s).isSameAs(seen.getFirst()));
    // Through Spring as the application calls it, the same answers.
    assertThat(jdbc.sql(sql).param(4).query(String.class).single()).isEqualTo("Judul 4");
    assertThat(jdbc.sql(sql).param(5).query(String.class).single()).isEqualTo("Judul 5");
  }

  @Test
  void aStatementGivenBackHoldsNoParametersAndNoReadOpen() throws Exception {
    String sql = "SELECT judul FROM berita WHERE id = ?";
    try (Connection connection = pool.getConnection()) {
      PreparedStatement first = connection.prepareStatement(sql);
      JDBC4PreparedStatement firstCompiled = compiled(first);
      first.setLong(1, 1);
      var rows = first.executeQuery();
      rows.next(); // left open: the caller only closes the statement
      first.close();
      assertThat(first.isClosed()).isTrue();
      assertThatThrownBy(first::executeQuery).isInstanceOf(SQLException.class);

      // No read is open on this connection: a checkpoint can take the whole log back.
      assertNoReadOpen("UPDATE berita SET judul = 'Baru' WHERE id = 1");

      PreparedStatement again = connection.prepareStatement(sql);
      assertThat(compiled(again)).isSameAs(firstCompiled);
      // Its parameter was cleared: unbound, SQLite reads NULL and finds nothing.
      try (var none = again.executeQuery()) {
        assertThat(none.next()).isFalse();
      }
      again.setLong(1, 1);
      try (var one = again.executeQuery()) {
        one.next();
        assertThat(one.getString(1)).isEqualTo("Baru");
      }
      again.close();
    }
  }

  @Test
  void rowsAnExecuteLeftUnreadAreEndedWhenTheStatementIsGivenBack() throws Exception {
    try (Connection connection = pool.getConnection()) {
      PreparedStatement statement = connection.prepareStatement("SELECT judul FROM berita");
      assertThat(statement.execute()).isTrue(); // rows the caller never asks for
      statement.close();
      assertNoReadOpen("UPDATE berita SET judul = 'Lagi' WHERE id = 2");
    }
  }

  @Test
  void aStatementClosedBehindTheCacheIsDroppedNotLentAgain() throws SQLException {
    String sql = "SELECT judul FROM berita WHERE id = ?";
    JDBC4PreparedStatement closedBehind;
    try (Connection connection = pool.getConnection()) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        closedBehind = compiled(statement);
        closedBehind.close();
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        assertThat(compiled(statement)).isNotSameAs(closedBehind);
        statement.setLong(1, 3);
        try (var rows = statement.executeQuery()) {
          rows.next();
          assertThat(rows.getString(1)).isEqualTo("Judul 3");
        }
      }
    }
  }

  @Test
  void theApplicationsPoolKeepsStatements() {
    // The post-processor as Spring applies it to Boot's pool: the SQLite pool is given the cache.
    var applied = new HikariDataSource();
    applied.setJdbcUrl("jdbc:sqlite:" + dir.resolve("u.db"));
    new SqliteStatements().postProcessAfterInitialization(applied, "dataSource");
    assertThat(applied.getDataSource()).isInstanceOf(SqliteStatements.Caching.class);
    var postgres = new HikariDataSource();
    postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
    new SqliteStatements().postProcessAfterInitialization(postgres, "dataSource");
    assertThat(postgres.getDataSource()).isNull();
    applied.close();
    postgres.close();
  }

  @Test
  void theSameSqlInsideItsOwnRowsGetsAStatementOfItsOwn() throws SQLException {
    String sql = "SELECT id FROM berita WHERE id >= ? ORDER BY id";
    List<String> pairs = new ArrayList<>();
    try (Connection connection = pool.getConnection();
        PreparedStatement outer = connection.prepareStatement(sql)) {
      outer.setLong(1, 4);
      try (var rows = outer.executeQuery()) {
        while (rows.next()) {
          try (PreparedStatement inner = connection.prepareStatement(sql)) {
            assertThat(compiled(inner)).isNotSameAs(compiled(outer));
            inner.setLong(1, 5);
            try (var innerRows = inner.executeQuery()) {
              innerRows.next();
              pairs.add(rows.getLong(1) + "-" + innerRows.getLong(1));
            }
          }
        }
      }
    }
    assertThat(pairs).containsExactly("4-5", "5-5");
  }

  @Test
  void aStatementWithChangedSettingsIsNotKept() throws SQLException {
    String sql = "SELECT id FROM berita ORDER BY id";
    JDBC4PreparedStatement limited;
    try (Connection connection = pool.getConnection()) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setMaxRows(2);
        limited = compiled(statement);
      }
      try (PreparedStatement statement = connection.prepareStatement(sql);
          var rows = statement.executeQuery()) {
        assertThat(compiled(statement)).isNotSameAs(limited);
        int count = 0;
        while (rows.next()) {
          count++;
        }
        assertThat(count).isEqualTo(5);
      }
    }
    assertThat(limited.isClosed()).isTrue();
  }

  @Test
  void theLeastRecentlyUsedStatementsAreClosedBeyondTheLimit() throws SQLException {
    try (Connection connection = pool.getConnection()) {
      PreparedStatement first = connection.prepareStatement("SELECT 0");
      JDBC4PreparedStatement oldest = compiled(first);
      first.close();
      for (int i = 1; i <= SqliteStatements.PER_CONNECTION; i++) {
        connection.prepareStatement("SELECT " + i).close();
      }
      assertThat(oldest.isClosed()).isTrue();
    }
  }

  @Test
  void closingTheConnectionClosesWhatItKept() throws SQLException {
    JDBC4PreparedStatement kept;
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
      kept = compiled(statement);
    }
    pool.close(); // closes its connections, and waits until they are
    assertThat(kept.isClosed()).isTrue();
  }
}
