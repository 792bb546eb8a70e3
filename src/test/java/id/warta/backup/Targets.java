package id.warta.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Empty places to restore onto: a fresh SQLite file, a fresh PostgreSQL schema. */
final class Targets {
  static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private Targets() {}

  static BackupRoundTripContract.Target sqlite() throws Exception {
    Files.createDirectories(Path.of("target", "test-data"));
    Path dir = Files.createTempDirectory(Path.of("target", "test-data"), "restore-");
    var dataSource =
        new DriverManagerDataSource(
            "jdbc:sqlite:"
                + dir.resolve("warta.db")
                + "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true");
    return new BackupRoundTripContract.Target(dataSource, dir.resolve("media"), () -> {});
  }

  static BackupRoundTripContract.Target postgres() throws Exception {
    String schema =
        "warta_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    Path dir = Files.createTempDirectory(Path.of("target"), "restore-");
    var dataSource =
        new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + schema, "postgres", "");
    return new BackupRoundTripContract.Target(
        dataSource,
        dir.resolve("media"),
        () -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
  }

  private static void execute(String sql) throws Exception {
    try (var connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
