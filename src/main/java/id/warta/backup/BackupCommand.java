package id.warta.backup;

import id.warta.platform.NodeProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The {@code backup DIR} and {@code restore DIR} commands. They read Warta's configuration (the
 * database URL, the data and media directories) but start nothing of the application: a backup runs
 * beside the running site, and a restore must find its database empty, so no part of Warta may
 * write to it first.
 */
public final class BackupCommand {
  private BackupCommand() {}

  /** Runs {@code backup} or {@code restore} with its directory; answers the exit status. */
  public static int run(String command, String dir, String... args) {
    var app = new SpringApplication(ConfigurationOnly.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    try (ConfigurableApplicationContext context = app.run(args)) {
      Environment env = context.getEnvironment();
      var dataSource =
          new DriverManagerDataSource(
              env.getRequiredProperty("spring.datasource.url"),
              env.getProperty("spring.datasource.username", ""),
              env.getProperty("spring.datasource.password", ""));
      Path dataDir = Path.of(env.getProperty("warta.data-dir", "./data"));
      String media = env.getProperty("warta.media-dir", "");
      Path mediaDir = media.isBlank() ? dataDir.resolve("media") : Path.of(media);
      return switch (command) {
        case "backup" ->
            backup(dataSource, mediaDir, Path.of(dir), env.getProperty("warta.node.name"));
        case "restore" -> restore(dataSource, mediaDir, Path.of(dir));
        default -> throw new IllegalArgumentException("Unknown command " + command);
      };
    }
  }

  private static int backup(
      DriverManagerDataSource dataSource, Path mediaDir, Path dir, String nodeName) {
    var clock = Clock.systemUTC();
    String node = new NodeProperties(nodeName, Duration.ofMinutes(5)).name();
    var started = clock.instant();
    var runs = new BackupRuns(JdbcClient.create(dataSource));
    try {
      var result = new BackupWriter(dataSource, mediaDir, clock).write(dir);
      runs.record(
          started,
          result.finished(),
          node,
          dir.toAbsolutePath().toString(),
          true,
          result.files(),
          result.bytes(),
          null);
      long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
      System.out.printf(
          "Backup complete in %s: %d tables, %d rows, %d files, %d bytes, %.1f s%n",
          dir,
          result.rows().size(),
          rows,
          result.files(),
          result.bytes(),
          Duration.between(result.started(), result.finished()).toMillis() / 1000.0);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("Backup refused: " + e.getMessage());
      return 1;
    } catch (IOException | SQLException | RuntimeException e) {
      System.err.println("Backup failed, nothing was kept in " + dir + ": " + e.getMessage());
      try {
        runs.record(
            started,
            clock.instant(),
            node,
            dir.toAbsolutePath().toString(),
            false,
            0,
            0,
            String.valueOf(e.getMessage()));
      } catch (RuntimeException ignored) {
        // the database may be what failed
      }
      return 1;
    }
  }

  private static int restore(DriverManagerDataSource dataSource, Path mediaDir, Path dir) {
    try {
      var result = new BackupRestorer(dataSource, mediaDir).restore(dir);
      long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
      System.out.printf(
          "Restored %s (%s) into %s: %d tables, %d rows, %d files into %s. Start Warta: it builds"
              + " the search index on start.%n",
          dir,
          result.fromDatabase(),
          result.toDatabase(),
          result.rows().size(),
          rows,
          result.files(),
          mediaDir);
      return 0;
    } catch (InvalidBackupException e) {
      System.err.println(
          "Restore refused, nothing was changed: the backup is damaged or incomplete: "
              + e.getMessage());
      return 1;
    } catch (IllegalStateException e) {
      System.err.println("Restore refused, nothing was changed: " + e.getMessage());
      return 1;
    } catch (IOException | SQLException | RuntimeException e) {
      System.err.println("Restore failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * A context with Warta's configuration and no beans of its own (not a component: never scanned).
   */
  static final class ConfigurationOnly {}
}
