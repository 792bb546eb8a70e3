package id.warta.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.platform.StorageProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The commands as an operator runs them, on a data directory of their own: restore onto an empty
 * one, a second restore refused, and a backup of the restored site identical to the first.
 */
@WartaTest
class BackupCommandTest {
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired StorageProperties storage;

  @Test
  void restoreThenBackupGivesTheSameRowsAndFilesAndASecondRestoreIsRefused() throws Exception {
    var content = TestContent.of(context);
    content
        .article(content.section("Perintah"), content.author("Penulis Perintah"))
        .image(content.image("AFP", "Foto perintah", "foto"))
        .create();
    Path first = fresh("backup-");
    new BackupWriter(dataSource, storage.mediaDir(), Clock.systemUTC()).write(first);
    Path dataDir = Files.createTempDirectory(Path.of("target"), "data-");
    String url =
        "jdbc:sqlite:"
            + dataDir.resolve("warta.db")
            + "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true";
    System.setProperty("warta.data-dir", dataDir.toString());
    System.setProperty("spring.datasource.url", url);
    Path second = fresh("backup-");
    try {
      assertThat(BackupCommand.run("restore", first.toString())).isZero();
      assertThat(BackupCommand.run("restore", first.toString()))
          .as("the database is no longer empty")
          .isEqualTo(1);
      assertThat(BackupCommand.run("backup", second.toString())).isZero();
    } finally {
      System.clearProperty("warta.data-dir");
      System.clearProperty("spring.datasource.url");
    }

    assertThat(BackupManifest.verify(second).files())
        .containsExactlyInAnyOrderElementsOf(BackupManifest.verify(first).files());
    long recorded =
        JdbcClient.create(new DriverManagerDataSource(url))
            .sql("SELECT COUNT(*) FROM backup_run WHERE succeeded = TRUE AND location = :location")
            .param("location", second.toAbsolutePath().toString())
            .query(Long.class)
            .single();
    assertThat(recorded)
        .as("the command's backup is recorded in the site it backed up")
        .isEqualTo(1);
  }

  private static Path fresh(String prefix) throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), prefix);
    Files.delete(dir);
    return dir;
  }
}
