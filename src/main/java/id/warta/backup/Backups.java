package id.warta.backup;

import id.warta.platform.JobClaims;
import id.warta.platform.StorageProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled backups (once across the nodes: the job is claimed in {@link JobClaims}), their
 * retention, and the record the newsroom shows.
 */
@Component
public class Backups {
  static final String JOB = "backup:scheduled";
  private static final Logger log = LoggerFactory.getLogger(Backups.class);
  private static final DateTimeFormatter NAME_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final StorageProperties storage;
  private final BackupProperties properties;
  private final JobClaims claims;
  private final BackupRuns runs;
  private final Clock clock;

  Backups(
      DataSource dataSource,
      JdbcClient jdbc,
      StorageProperties storage,
      BackupProperties properties,
      JobClaims claims,
      Clock clock) {
    this.dataSource = dataSource;
    this.storage = storage;
    this.properties = properties;
    this.claims = claims;
    this.runs = new BackupRuns(jdbc);
    this.clock = clock;
  }

  BackupProperties properties() {
    return properties;
  }

  Optional<BackupRun> lastGood() {
    return runs.lastGood();
  }

  List<BackupRun> recent(int limit) {
    return runs.recent(limit);
  }

  @Scheduled(
      fixedDelayString = "${warta.backup.check-every:PT1M}",
      initialDelayString = "${warta.backup.check-every:PT1M}")
  void scheduled() {
    if (properties.scheduled()) {
      runIfDue();
    }
  }

  /** Makes a backup if the last one started {@code every} ago or more; false if none was due. */
  boolean runIfDue() {
    if (!due()) {
      return false;
    }
    if (!claims.claim(JOB)) {
      return false;
    }
    try {
      // Another node may have made one between the look above and the claim.
      if (!due()) {
        return false;
      }
      Instant now = clock.instant();
      Path dir = properties.dir().resolve("warta-" + NAME_TIME.format(now) + "-" + claims.node());
      if (backup(dir).succeeded()) {
        prune();
      }
      return true;
    } finally {
      claims.release(JOB);
    }
  }

  private boolean due() {
    return runs.lastStarted()
        .map(last -> !last.plus(properties.every()).isAfter(clock.instant()))
        .orElse(true);
  }

  /**
   * Makes a backup into dir and records it, good or failed (a failed one leaves nothing behind).
   */
  BackupRun backup(Path dir) {
    Instant started = clock.instant();
    try {
      var result = new BackupWriter(dataSource, storage.mediaDir(), clock).write(dir);
      runs.record(
          started,
          result.finished(),
          claims.node(),
          dir.toString(),
          true,
          result.files(),
          result.bytes(),
          null);
      log.info("Backup complete: {} ({} files, {} bytes)", dir, result.files(), result.bytes());
    } catch (IOException | SQLException | RuntimeException e) {
      log.error("Backup into {} failed", dir, e);
      runs.record(
          started,
          clock.instant(),
          claims.node(),
          dir.toString(),
          false,
          0,
          0,
          String.valueOf(e.getMessage()));
    }
    return runs.recent(1).getFirst();
  }

  /** Keeps the newest {@code keep} complete backups; older ones and older unfinished ones go. */
  void prune() {
    if (!Files.isDirectory(properties.dir())) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (var list = Files.list(properties.dir())) {
      list.filter(p -> p.getFileName().toString().startsWith("warta-") && Files.isDirectory(p))
          .forEach(all::add);
    } catch (IOException e) {
      log.warn("Cannot list {} to prune old backups", properties.dir(), e);
      return;
    }
    all.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<Path> complete =
        all.stream().filter(p -> Files.isRegularFile(p.resolve(BackupManifest.NAME))).toList();
    if (complete.size() <= properties.keep()) {
      return;
    }
    Path oldestKept = complete.get(complete.size() - properties.keep());
    for (Path dir : all) {
      if (dir.getFileName().toString().compareTo(oldestKept.getFileName().toString()) < 0) {
        log.info("Deleting old backup {}", dir);
        deleteQuietly(dir);
      }
    }
  }

  static void deleteQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      log.warn("Cannot delete {}", root, e);
    }
  }
}
