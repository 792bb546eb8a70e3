package id.warta.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.EmptyDatabase;
import id.warta.article.TestContent;
import id.warta.media.MediaAsset;
import id.warta.media.MediaLibrary;
import id.warta.platform.StorageProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup made while writers write, restored elsewhere, holds exactly the rows of the moment its
 * snapshot was taken and every file of that moment. The source is the application's database
 * (SQLite in {@code BackupRoundTripTest}, PostgreSQL in {@code BackupRoundTripIT}); the target is a
 * fresh database of the kind {@link #newTarget} gives. The source starts empty: what the snapshot
 * must leave out is told by its title alone.
 */
@ExtendWith(EmptyDatabase.class)
abstract class BackupRoundTripContract {
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired StorageProperties storage;
  @Autowired MediaLibrary media;
  @Autowired JdbcClient jdbc;

  final List<Target> targets = new ArrayList<>();

  /** A database and media directory to restore onto, empty. */
  record Target(DataSource dataSource, Path mediaDir, AutoCloseable cleanup) {}

  abstract Target newTarget() throws Exception;

  @AfterEach
  void dropTargets() throws Exception {
    for (Target target : targets) {
      target.cleanup().close();
    }
  }

  Target target() throws Exception {
    Target target = newTarget();
    targets.add(target);
    return target;
  }

  @Test
  void aBackupUnderWriteLoadRestoresTheSnapshotsRowsAndFiles() throws Exception {
    var content = TestContent.of(context);
    var section = content.section("Cadangan");
    var author = content.author("Penulis Cadangan");
    MediaAsset photo = content.image("AFP", "Foto yang dihapus sesudah snapshot", "foto");
    MediaAsset kept = content.image("AFP", "Foto yang tetap", "foto");
    long first = content.article(section, author).image(kept).tags("cadangan").create();
    long second =
        content
            .article(section, author)
            .readAlso(first)
            .body("<p>Tab\there,\nnewline \\ backslash é 🙂</p>")
            .create();
    // A row naming a later row of its own table: restored in two passes.
    jdbc.sql("UPDATE article SET read_also_id = :second WHERE id = :first")
        .param("second", second)
        .param("first", first)
        .update();
    Path epaper = Files.createDirectories(storage.privateMediaDir().resolve("epaper"));
    Path pdf = Files.createTempFile(epaper, "uji-", ".pdf");
    Files.writeString(pdf, "%PDF-1.4 uji");

    Path dir = Files.createTempDirectory(Path.of("target"), "backup-");
    deleteTree(dir);
    var expectedRows = new TreeMap<String, List<String>>();
    var expectedFiles = new TreeMap<String, String>();
    var running = new AtomicBoolean(true);
    var written = new AtomicInteger();
    try (var writers = Executors.newFixedThreadPool(2)) {
      var load = new ArrayList<Future<?>>();
      new BackupWriter(dataSource, storage.mediaDir(), Clock.systemUTC())
          .write(
              dir,
              snapshot -> {
                expectedRows.putAll(dump(snapshot));
                expectedFiles.putAll(hashes(storage.mediaDir()));
                // Written after the snapshot: none of it may be in the backup's rows.
                content.article(section, author).title("Ditulis sesudah snapshot").create();
                content.image("AFP", "Diunggah sesudah snapshot", "foto");
                media.delete(photo);
                for (int i = 0; i < 2; i++) {
                  load.add(
                      writers.submit(
                          () -> {
                            while (running.get()) {
                              content.article(section, author).create();
                              written.incrementAndGet();
                            }
                            return null;
                          }));
                }
              });
      running.set(false);
      for (Future<?> writer : load) {
        writer.get();
      }
    }
    assertThat(expectedRows.get("article")).anyMatch(row -> row.contains("Tab\\there"));
    assertThat(expectedRows.get("article"))
        .noneMatch(row -> row.contains("Ditulis sesudah snapshot"));

    Target target = target();
    var result = new BackupRestorer(target.dataSource(), target.mediaDir()).restore(dir);

    try (Connection restored = target.dataSource().getConnection()) {
      assertThat(dump(restored)).isEqualTo(expectedRows);
    }
    Map<String, String> restoredFiles = hashes(target.mediaDir());
    assertThat(restoredFiles).containsAllEntriesOf(expectedFiles);
    assertThat(restoredFiles.keySet())
        .as("the photo deleted after the snapshot")
        .anyMatch(path -> path.contains(photo.fileKey()));
    Map<String, String> sourceFiles = hashes(storage.mediaDir());
    restoredFiles.forEach(
        (path, hash) -> {
          if (sourceFiles.containsKey(path)) {
            assertThat(hash).as(path).isEqualTo(sourceFiles.get(path));
          }
        });
    assertThat(result.rows().get("article")).isEqualTo(expectedRows.get("article").size());
    // New rows get new ids on the restored database (identities continue after the loaded ones).
    var restoredJdbc = JdbcClient.create(target.dataSource());
    long maxId = restoredJdbc.sql("SELECT MAX(id) FROM author").query(Long.class).single();
    long newId =
        restoredJdbc
            .sql(
                "INSERT INTO author (name, slug, bio) VALUES ('Baru', 'baru-sesudah-pulih', '')"
                    + " RETURNING id")
            .query(Long.class)
            .single();
    assertThat(newId).isGreaterThan(maxId);
  }

  @Test
  void aDamagedOrIncompleteBackupIsRefusedAndChangesNothing() throws Exception {
    var content = TestContent.of(context);
    content.image("AFP", "Foto cadangan rusak", "foto");
    Path dir = Files.createTempDirectory(Path.of("target"), "backup-");
    deleteTree(dir);
    new BackupWriter(dataSource, storage.mediaDir(), Clock.systemUTC()).write(dir);
    BackupManifest manifest = BackupManifest.read(dir);
    String mediaFile =
        manifest.files().stream()
            .map(BackupManifest.Entry::path)
            .filter(p -> p.startsWith("media/"))
            .findFirst()
            .orElseThrow();

    Path missing = copy(dir);
    Files.delete(missing.resolve("db/article.rows"));
    assertRefused(missing, "file missing from the backup: db/article.rows");

    Path changed = copy(dir);
    byte[] bytes = Files.readAllBytes(changed.resolve(mediaFile));
    bytes[bytes.length / 2] ^= 1;
    Files.write(changed.resolve(mediaFile), bytes);
    assertRefused(changed, "checksum mismatch for " + mediaFile);

    Path truncated = copy(dir);
    String text = Files.readString(truncated.resolve(BackupManifest.NAME));
    Files.writeString(
        truncated.resolve(BackupManifest.NAME), text.substring(0, text.lastIndexOf("file ")));
    assertRefused(truncated, "truncated");

    Path unfinished = copy(dir);
    Files.delete(unfinished.resolve(BackupManifest.NAME));
    assertRefused(unfinished, "did not finish");
  }

  @Test
  void aRestoreOntoADatabaseWithContentIsRefused() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "backup-");
    deleteTree(dir);
    new BackupWriter(dataSource, storage.mediaDir(), Clock.systemUTC()).write(dir);
    Target target = target();
    new BackupRestorer(target.dataSource(), target.mediaDir()).restore(dir);
    Map<String, List<String>> before;
    try (Connection connection = target.dataSource().getConnection()) {
      before = dump(connection);
    }

    Path emptyMedia = Files.createTempDirectory(Path.of("target"), "media-");
    assertThatThrownBy(() -> new BackupRestorer(target.dataSource(), emptyMedia).restore(dir))
        .hasMessageContaining("the database is not empty");

    try (Connection connection = target.dataSource().getConnection()) {
      assertThat(dump(connection)).isEqualTo(before);
    }
  }

  private void assertRefused(Path backup, String message) throws Exception {
    Target target = target();
    assertThatThrownBy(
            () -> new BackupRestorer(target.dataSource(), target.mediaDir()).restore(backup))
        .isInstanceOf(InvalidBackupException.class)
        .hasMessageContaining(message);
    try (Connection connection = target.dataSource().getConnection()) {
      assertThat(Schema.of(connection).tables()).as("no table was created").isEmpty();
    }
    assertThat(Files.exists(target.mediaDir()) ? hashes(target.mediaDir()) : Map.of()).isEmpty();
  }

  /**
   * Every row of every table, in key order, booleans as 0/1 (SQLite's form) so both databases
   * compare.
   */
  static Map<String, List<String>> dump(Connection connection) throws SQLException {
    var tables = new TreeMap<String, List<String>>();
    for (Schema.Table table : Schema.of(connection).tables()) {
      List<String> columns = BackupWriter.columns(connection, table.name());
      var rows = new ArrayList<String>();
      String order =
          table.primaryKey().isEmpty()
              ? BackupWriter.quoted(columns)
              : BackupWriter.quoted(table.primaryKey());
      try (var statement = connection.createStatement();
          var rs =
              statement.executeQuery(
                  "SELECT "
                      + BackupWriter.quoted(columns)
                      + " FROM "
                      + table.name()
                      + " ORDER BY "
                      + order)) {
        while (rs.next()) {
          var row = new StringBuilder();
          for (int i = 1; i <= columns.size(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Boolean b) {
              value = b ? 1 : 0;
            }
            row.append(columns.get(i - 1)).append('=');
            Rows.encode(rs.wasNull() ? null : value, row);
            row.append('\t');
          }
          rows.add(row.toString());
        }
      }
      tables.put(table.name(), rows);
    }
    return tables;
  }

  static Map<String, String> hashes(Path dir) {
    var hashes = new TreeMap<String, String>();
    try (var walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith(".lock")) {
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          hashes.put(
              BackupManifest.relative(dir, file),
              BackupManifest.sha256(in, OutputStream.nullOutputStream()));
        } catch (java.nio.file.NoSuchFileException e) {
          // removed meanwhile
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return hashes;
  }

  static Path copy(Path dir) throws IOException {
    Path copy = Files.createTempDirectory(Path.of("target"), "backup-copy-");
    try (var walk = Files.walk(dir)) {
      for (Path path : walk.toList()) {
        Path target = copy.resolve(dir.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return copy;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
