package id.warta.backup;

import id.warta.platform.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Makes a backup while the site serves and the newsroom writes. The database is read in one
 * read-only transaction, a snapshot: WAL on SQLite, REPEATABLE READ on PostgreSQL, so the rows of
 * every table are those of one moment however much is written meanwhile. Files are copied before
 * that moment and again after it (only what is new or changed): every file a row of the snapshot
 * names was on disk before its row committed (files follow transactions), so it is in the backup
 * unless it was deleted between the first copy and the snapshot. Files written after the snapshot
 * are copied too and do no harm (the media sweep removes orphans).
 */
final class BackupWriter {
  static final String DB = "db/";
  static final String MEDIA = "media/";

  private final DataSource dataSource;
  private final Path mediaDir;
  private final Clock clock;

  BackupWriter(DataSource dataSource, Path mediaDir, Clock clock) {
    this.dataSource = dataSource;
    this.mediaDir = mediaDir;
    this.clock = clock;
  }

  /** What a finished backup holds. */
  record Result(
      Path dir, Instant started, Instant finished, int files, long bytes, Map<String, Long> rows) {}

  Result write(Path dir) throws IOException, SQLException {
    return write(dir, snapshot -> {});
  }

  /** Called with the connection that holds the snapshot, once it is taken. */
  @FunctionalInterface
  interface SnapshotHook {
    void taken(Connection snapshot) throws SQLException;
  }

  /**
   * Writes a backup into dir (which must be missing or empty).
   *
   * @param afterSnapshot runs once the database snapshot is taken (tests read it, then write)
   */
  Result write(Path dir, SnapshotHook afterSnapshot) throws IOException, SQLException {
    Instant started = clock.instant();
    Files.createDirectories(dir);
    try (var existing = Files.list(dir)) {
      if (existing.findAny().isPresent()) {
        throw new IllegalArgumentException("backup directory " + dir + " is not empty");
      }
    }
    try {
      return writeInto(dir, started, afterSnapshot);
    } catch (IOException | SQLException | RuntimeException | Error e) {
      // The directory was empty: what is in it now is this backup's, unfinished.
      Backups.deleteQuietly(dir);
      throw e;
    }
  }

  private Result writeInto(Path dir, Instant started, SnapshotHook afterSnapshot)
      throws IOException, SQLException {
    var files = new LinkedHashMap<String, Copied>();
    copyMedia(dir, files);
    var rows = new LinkedHashMap<String, Long>();
    List<String> versions;
    List<String> tables;
    String database;
    try (Connection connection = dataSource.getConnection()) {
      database = Database.fromProductName(connection.getMetaData().getDatabaseProductName()).name();
      boolean postgres = database.equals(Database.POSTGRESQL.name());
      if (postgres) {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      connection.setAutoCommit(false);
      try {
        versions = schemaVersions(connection); // the first read: the snapshot starts here
        afterSnapshot.taken(connection);
        Schema schema = Schema.of(connection);
        tables = schema.names();
        Files.createDirectories(dir.resolve(DB));
        for (Schema.Table table : schema.tables()) {
          String path = DB + table.name() + ".rows";
          rows.put(table.name(), exportTable(connection, table, dir.resolve(path)));
          files.put(path, Copied.of(dir.resolve(path)));
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
        if (postgres) {
          connection.setReadOnly(false);
          connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
      }
    }
    copyMedia(dir, files);
    var entries = new ArrayList<BackupManifest.Entry>();
    files.forEach(
        (path, copied) ->
            entries.add(new BackupManifest.Entry(path, copied.size(), copied.sha256())));
    var manifest = new BackupManifest(started, database, versions, tables, entries);
    manifest.writeTo(dir);
    return new Result(dir, started, clock.instant(), entries.size(), manifest.totalBytes(), rows);
  }

  private static List<String> schemaVersions(Connection connection) throws SQLException {
    var versions = new ArrayList<String>();
    try (var statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                "SELECT version FROM "
                    + Schema.FLYWAY_HISTORY
                    + " WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  /** Streams a table's rows into a file, ordered by primary key; answers the row count. */
  private static long exportTable(Connection connection, Schema.Table table, Path file)
      throws SQLException, IOException {
    List<String> columns = columns(connection, table.name());
    String order = table.primaryKey().isEmpty() ? "" : " ORDER BY " + quoted(table.primaryKey());
    long count = 0;
    try (var statement = connection.createStatement();
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      statement.setFetchSize(500);
      out.write("columns\t" + String.join("\t", columns) + "\n");
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT " + quoted(columns) + " FROM " + quote(table.name()) + order)) {
        var line = new StringBuilder();
        while (rs.next()) {
          line.setLength(0);
          for (int i = 1; i <= columns.size(); i++) {
            if (i > 1) {
              line.append('\t');
            }
            Object value = rs.getObject(i);
            Rows.encode(rs.wasNull() ? null : value, line);
          }
          line.append('\n');
          out.write(line.toString());
          count++;
        }
      }
      out.write("end\t" + count + "\n");
    }
    return count;
  }

  static List<String> columns(Connection connection, String table) throws SQLException {
    var columns = new java.util.TreeMap<Integer, String>();
    try (var rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
      while (rs.next()) {
        columns.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(columns.values());
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String quoted(List<String> identifiers) {
    return String.join(", ", identifiers.stream().map(BackupWriter::quote).toList());
  }

  /**
   * Copies the media directory's files not copied yet, or changed since they were (by size and
   * modification time). Temporary files and locks are left out; a file deleted before it could be
   * copied is skipped.
   */
  private void copyMedia(Path dir, Map<String, Copied> files) throws IOException {
    if (!Files.isDirectory(mediaDir)) {
      return;
    }
    List<Path> found;
    try (var walk = Files.walk(mediaDir)) {
      found = walk.filter(Files::isRegularFile).filter(BackupWriter::worthKeeping).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path source : found) {
      String path = MEDIA + BackupManifest.relative(mediaDir, source);
      try {
        var attributes = Files.readAttributes(source, BasicFileAttributes.class);
        Copied before = files.get(path);
        if (before != null
            && before.size() == attributes.size()
            && before.modified() == attributes.lastModifiedTime().toMillis()) {
          continue;
        }
        Path target = dir.resolve(path);
        Files.createDirectories(target.getParent());
        String sha256;
        try (InputStream in = Files.newInputStream(source);
            OutputStream out = Files.newOutputStream(target)) {
          sha256 = BackupManifest.sha256(in, out);
        }
        files.put(
            path, new Copied(Files.size(target), sha256, attributes.lastModifiedTime().toMillis()));
      } catch (NoSuchFileException e) {
        // deleted meanwhile: its row was deleted before, or it was never committed
      }
    }
  }

  private static boolean worthKeeping(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".lock") && !name.endsWith(".tmp");
  }

  private record Copied(long size, String sha256, long modified) {
    static Copied of(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return new Copied(
            Files.size(file), BackupManifest.sha256(in, OutputStream.nullOutputStream()), 0);
      }
    }
  }
}
