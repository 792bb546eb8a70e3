package id.warta.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled backups, off by default.
 *
 * @param dir where scheduled backups go, one directory each ({@code warta-<time>-<node>}); best on
 *     another disk than the data and media directories
 * @param every how often a backup is made (by one node of those sharing the database); unset or
 *     zero: never
 * @param keep how many complete scheduled backups are kept; older ones are deleted after a new one
 *     is complete
 */
@ConfigurationProperties("warta.backup")
public record BackupProperties(Path dir, Duration every, @DefaultValue("7") int keep) {

  public BackupProperties {
    if (keep < 1) {
      throw new IllegalArgumentException("warta.backup.keep must be at least 1");
    }
    if (scheduled(every) && dir == null) {
      throw new IllegalArgumentException("warta.backup.every is set: set warta.backup.dir too");
    }
  }

  public boolean scheduled() {
    return scheduled(every);
  }

  private static boolean scheduled(Duration every) {
    return every != null && every.isPositive();
  }
}
