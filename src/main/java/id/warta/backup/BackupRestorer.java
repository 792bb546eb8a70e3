package id.warta.backup;

import id.warta.platform.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Restores a backup onto an empty database and an empty media directory, on SQLite or PostgreSQL
 * whichever the backup came from. Everything that can be checked is checked before anything is
 * written (manifest, every file's checksum, the schema, that the target is empty); the rows load in
 * one transaction, streamed table by table in foreign-key order, and the files are staged beside
 * the media directory and moved into place after the commit.
 */
final class BackupRestorer {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final int BATCH = 500;

  private final DataSource dataSource;
  private final Path mediaDir;

  BackupRestorer(DataSource dataSource, Path mediaDir) {
    this.dataSource = dataSource;
    this.mediaDir = mediaDir;
  }

  /** What was restored. */
  record Result(String fromDatabase, String toDatabase, Map<String, Long> rows, int files) {}

  Result restore(Path dir) throws IOException, SQLException {
    BackupManifest manifest = BackupManifest.verify(dir);
    for (String table : manifest.tables()) {
      if (!TABLE_NAME.matcher(table).matches()
          || manifest.files().stream().noneMatch(f -> f.path().equals(rowsFile(table)))) {
        throw new InvalidBackupException("table " + table + " has no rows file in the backup");
      }
    }
    checkMediaEmpty();
    Database database;
    try (Connection connection = dataSource.getConnection()) {
      database = Database.fromProductName(connection.getMetaData().getDatabaseProductName());
      checkDatabaseEmpty(connection);
    }
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/common",
                "classpath:db/migration/" + database.name().toLowerCase(Locale.ROOT))
            .placeholders(database.migrationPlaceholders())
            .load();
    var known = new HashSet<String>();
    for (MigrationInfo info : flyway.info().all()) {
      if (info.getVersion() != null) {
        known.add(info.getVersion().getVersion());
      }
    }
    for (String version : manifest.schemaVersions()) {
      if (!known.contains(version)) {
        throw new InvalidBackupException(
            "the backup was made by a newer Warta (schema version "
                + version
                + " is unknown here); restore it with that version");
      }
    }
    Path staging =
        mediaDir
            .toAbsolutePath()
            .resolveSibling("." + mediaDir.getFileName() + ".restoring-" + UUID.randomUUID());
    int files = 0;
    try {
      for (BackupManifest.Entry entry : manifest.files()) {
        if (entry.path().startsWith(BackupWriter.MEDIA)) {
          Path target = staging.resolve(entry.path().substring(BackupWriter.MEDIA.length()));
          Files.createDirectories(target.getParent());
          String sha256;
          try (InputStream in = Files.newInputStream(dir.resolve(entry.path()));
              OutputStream out = Files.newOutputStream(target)) {
            sha256 = BackupManifest.sha256(in, out);
          }
          if (!sha256.equals(entry.sha256())) {
            throw new InvalidBackupException(
                "checksum mismatch for " + entry.path() + " while copying it");
          }
          files++;
        }
      }
      flyway.migrate();
      Map<String, Long> rows = load(dir, manifest, database);
      moveIntoPlace(staging);
      return new Result(manifest.database(), database.name(), rows, files);
    } finally {
      deleteTree(staging);
    }
  }

  static String rowsFile(String table) {
    return BackupWriter.DB + table + ".rows";
  }

  private void checkMediaEmpty() throws IOException {
    if (!Files.exists(mediaDir)) {
      return;
    }
    try (var walk = Files.walk(mediaDir)) {
      var file = walk.filter(Files::isRegularFile).findFirst();
      if (file.isPresent()) {
        throw new IllegalStateException(
            "the media directory "
                + mediaDir
                + " is not empty ("
                + file.get()
                + "): restore needs an empty one");
      }
    }
  }

  private static void checkDatabaseEmpty(Connection connection) throws SQLException {
    for (Schema.Table table : Schema.of(connection).tables()) {
      try (var statement = connection.createStatement();
          var rs =
              statement.executeQuery("SELECT COUNT(*) FROM " + BackupWriter.quote(table.name()))) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new IllegalStateException(
              "the database is not empty (table "
                  + table.name()
                  + " has "
                  + rs.getLong(1)
                  + " rows): restore needs an empty one");
        }
      }
    }
  }

  /** Loads every table's rows in one transaction; answers the row count per table. */
  private Map<String, Long> load(Path dir, BackupManifest manifest, Database database)
      throws SQLException, IOException {
    var rows = new LinkedHashMap<String, Long>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Schema schema = Schema.of(connection);
        for (String table : manifest.tables()) {
          if (schema.table(table) == null) {
            throw new InvalidBackupException(
                "the backup has table "
                    + table
                    + ", this Warta's database has none: restore with the Warta that made it");
          }
        }
        // Tables a migration may have filled are emptied first (children before parents).
        var reversed = new ArrayList<>(schema.tables());
        java.util.Collections.reverse(reversed);
        for (Schema.Table table : reversed) {
          try (var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + BackupWriter.quote(table.name()));
          }
        }
        for (Schema.Table table : schema.tables()) {
          if (manifest.tables().contains(table.name())) {
            rows.put(
                table.name(), loadTable(connection, table, dir.resolve(rowsFile(table.name()))));
          }
        }
        if (database == Database.POSTGRESQL) {
          resetIdentities(connection);
        }
        connection.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    return rows;
  }

  private static long loadTable(Connection connection, Schema.Table table, Path file)
      throws SQLException, IOException {
    Map<String, Integer> types = columnTypes(connection, table.name());
    List<String> columns;
    long count = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      columns = header(in, table.name(), types);
      String sql =
          "INSERT INTO "
              + BackupWriter.quote(table.name())
              + " ("
              + BackupWriter.quoted(columns)
              + ") VALUES ("
              + String.join(", ", columns.stream().map(c -> "?").toList())
              + ")";
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        String line;
        while ((line = in.readLine()) != null && !line.startsWith("end\t")) {
          List<String> values = values(line, columns, table.name());
          for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            // A column naming a row of its own table is set in a second pass: that row may come
            // later.
            Object value =
                table.selfReferences().contains(column) ? null : Rows.decode(values.get(i));
            Rows.bind(insert, i + 1, value, types.get(column));
          }
          insert.addBatch();
          if (++count % BATCH == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
        if (line == null || !line.equals("end\t" + count)) {
          throw new InvalidBackupException("the rows of " + table.name() + " are incomplete");
        }
      }
    }
    if (!table.selfReferences().isEmpty()) {
      linkSelfReferences(connection, table, file, columns, types);
    }
    return count;
  }

  private static void linkSelfReferences(
      Connection connection,
      Schema.Table table,
      Path file,
      List<String> columns,
      Map<String, Integer> types)
      throws SQLException, IOException {
    if (table.primaryKey().isEmpty()) {
      throw new IllegalStateException(
          "table " + table.name() + " refers to itself but has no primary key");
    }
    for (String column : table.selfReferences()) {
      int index = columns.indexOf(column);
      if (index < 0) {
        continue;
      }
      String sql =
          "UPDATE "
              + BackupWriter.quote(table.name())
              + " SET "
              + BackupWriter.quote(column)
              + " = ? WHERE "
              + String.join(
                  " AND ",
                  table.primaryKey().stream().map(k -> BackupWriter.quote(k) + " = ?").toList());
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          PreparedStatement update = connection.prepareStatement(sql)) {
        in.readLine();
        String line;
        int pending = 0;
        while ((line = in.readLine()) != null && !line.startsWith("end\t")) {
          List<String> values = Rows.split(line);
          Object value = Rows.decode(values.get(index));
          if (value == null) {
            continue;
          }
          Rows.bind(update, 1, value, types.get(column));
          for (int k = 0; k < table.primaryKey().size(); k++) {
            String key = table.primaryKey().get(k);
            Rows.bind(update, k + 2, Rows.decode(values.get(columns.indexOf(key))), types.get(key));
          }
          update.addBatch();
          if (++pending % BATCH == 0) {
            update.executeBatch();
          }
        }
        update.executeBatch();
      }
    }
  }

  private static List<String> header(BufferedReader in, String table, Map<String, Integer> types)
      throws IOException {
    String header = in.readLine();
    if (header == null || !header.startsWith("columns\t")) {
      throw new InvalidBackupException("the rows of " + table + " have no column list");
    }
    List<String> columns = Rows.split(header.substring("columns\t".length()));
    for (String column : columns) {
      if (!types.containsKey(column)) {
        throw new InvalidBackupException(
            "the backup has column "
                + table
                + "."
                + column
                + ", this Warta's database has none: restore with the Warta that made it");
      }
    }
    return columns;
  }

  private static List<String> values(String line, List<String> columns, String table) {
    List<String> values = Rows.split(line);
    if (values.size() != columns.size()) {
      throw new InvalidBackupException(
          "a row of " + table + " has " + values.size() + " values, not " + columns.size());
    }
    return values;
  }

  private static Map<String, Integer> columnTypes(Connection connection, String table)
      throws SQLException {
    var types = new HashMap<String, Integer>();
    try (var rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
      while (rs.next()) {
        types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
      }
    }
    return types;
  }

  /**
   * Identity columns continue after the highest id loaded (SQLite's AUTOINCREMENT does so itself).
   */
  private static void resetIdentities(Connection connection) throws SQLException {
    var identities = new ArrayList<String[]>();
    try (var statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                """
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
                """)) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] identity : identities) {
      String table = BackupWriter.quote(identity[0]);
      String column = BackupWriter.quote(identity[1]);
      try (var reset =
          connection.prepareStatement(
              "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX("
                  + column
                  + ") FROM "
                  + table
                  + "), 0) + 1, false)")) {
        reset.setString(1, table);
        reset.setString(2, identity[1]);
        reset.executeQuery().close();
      }
    }
  }

  private void moveIntoPlace(Path staging) throws IOException {
    if (Files.exists(mediaDir)) {
      deleteTree(mediaDir); // holds directories only (checked above)
    }
    if (Files.isDirectory(staging)) {
      Files.createDirectories(mediaDir.toAbsolutePath().getParent());
      Files.move(staging, mediaDir);
    } else {
      Files.createDirectories(mediaDir);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
