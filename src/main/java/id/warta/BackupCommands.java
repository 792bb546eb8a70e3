package id.warta;

import id.warta.backup.BackupCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup DIR} and {@code restore DIR}: see {@link BackupCommand} and docs/backup.md. */
final class BackupCommands {
  private BackupCommands() {}

  @Command(
      name = "backup",
      mixinStandardHelpOptions = true,
      description =
          "Back up the database, media and e-paper files into DIR (missing or empty) while the"
              + " site runs; a manifest with checksums is written last.")
  static final class Backup implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the backup's directory, missing or empty")
    String dir;

    @Override
    public Integer call() {
      return BackupCommand.run("backup", dir);
    }
  }

  @Command(
      name = "restore",
      mixinStandardHelpOptions = true,
      description =
          "Restore a backup onto an empty database and media directory (also SQLite into"
              + " PostgreSQL); a corrupt or incomplete backup is refused and changes nothing.")
  static final class Restore implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a directory written by the backup command")
    String dir;

    @Override
    public Integer call() {
      return BackupCommand.run("restore", dir);
    }
  }
}
