package id.warta.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a backup holds: when and from which database it was made, the schema versions, the tables in
 * load order, and every file with its size and SHA-256. Written last, so a backup without one is
 * incomplete; its last line counts the files, so a cut manifest is refused too.
 */
record BackupManifest(
    Instant created,
    String database,
    List<String> schemaVersions,
    List<String> tables,
    List<Entry> files) {
  static final String NAME = "manifest.txt";
  static final String FORMAT = "warta-backup 1";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  BackupManifest {
    schemaVersions = List.copyOf(schemaVersions);
    tables = List.copyOf(tables);
    files = List.copyOf(files);
  }

  /** One file of the backup, its path relative to the backup directory with '/' separators. */
  record Entry(String path, long size, String sha256) {}

  long totalBytes() {
    return files.stream().mapToLong(Entry::size).sum();
  }

  /** Writes the manifest into the directory, atomically (a reader never sees half of it). */
  void writeTo(Path dir) throws IOException {
    Path temp = dir.resolve(NAME + ".tmp");
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      out.write(FORMAT + "\n");
      out.write("created " + created + "\n");
      out.write("database " + database + "\n");
      out.write("schema " + String.join(",", schemaVersions) + "\n");
      out.write("tables " + String.join(",", tables) + "\n");
      for (Entry file : files) {
        out.write("file " + file.sha256() + " " + file.size() + " " + file.path() + "\n");
      }
      out.write("end " + files.size() + "\n");
    }
    try {
      Files.move(temp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Reads and checks a backup directory's manifest, then every file it lists (present, same size,
   * same SHA-256) and that no unlisted file lies beside them.
   *
   * @throws InvalidBackupException naming the first problem found
   */
  static BackupManifest verify(Path dir) throws IOException {
    BackupManifest manifest = read(dir);
    var listed = new java.util.HashSet<String>();
    for (Entry entry : manifest.files()) {
      listed.add(entry.path());
      Path file = dir.resolve(entry.path());
      long size;
      try {
        size = Files.size(file);
      } catch (NoSuchFileException e) {
        throw new InvalidBackupException("file missing from the backup: " + entry.path());
      }
      if (size != entry.size()) {
        throw new InvalidBackupException(
            "file " + entry.path() + " has " + size + " bytes, the manifest says " + entry.size());
      }
      String actual;
      try (InputStream in = Files.newInputStream(file)) {
        actual = sha256(in, OutputStream.nullOutputStream());
      }
      if (!actual.equals(entry.sha256())) {
        throw new InvalidBackupException(
            "checksum mismatch for " + entry.path() + " (the file was changed or damaged)");
      }
    }
    try (var walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String relative = relative(dir, file);
        if (!relative.equals(NAME) && !listed.contains(relative)) {
          throw new InvalidBackupException("file not in the manifest: " + relative);
        }
      }
    }
    return manifest;
  }

  static BackupManifest read(Path dir) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      throw new InvalidBackupException(
          "no " + NAME + " in " + dir + ": not a Warta backup, or one that did not finish");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!FORMAT.equals(in.readLine())) {
        throw new InvalidBackupException(NAME + " does not start with \"" + FORMAT + "\"");
      }
      Instant created = Instant.parse(value(in.readLine(), "created"));
      String database = value(in.readLine(), "database");
      List<String> schema = split(value(in.readLine(), "schema"));
      List<String> tables = split(value(in.readLine(), "tables"));
      var files = new ArrayList<Entry>();
      String line;
      while ((line = in.readLine()) != null && line.startsWith("file ")) {
        String[] parts = line.split(" ", 4);
        if (parts.length != 4
            || !SHA256.matcher(parts[1]).matches()
            || !parts[2].matches("[0-9]{1,15}")) {
          throw new InvalidBackupException(NAME + ": malformed line \"" + line + "\"");
        }
        files.add(new Entry(safePath(parts[3]), Long.parseLong(parts[2]), parts[1]));
      }
      if (line == null || !line.equals("end " + files.size()) || in.readLine() != null) {
        throw new InvalidBackupException(
            NAME + " is truncated or damaged: it does not end with \"end " + files.size() + "\"");
      }
      return new BackupManifest(created, database, schema, tables, files);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidBackupException(NAME + ": bad creation time");
    }
  }

  private static String value(String line, String key) {
    if (line == null || !line.startsWith(key + " ")) {
      throw new InvalidBackupException(
          NAME + " is truncated or damaged: expected the line \"" + key + " ...\"");
    }
    return line.substring(key.length() + 1);
  }

  private static List<String> split(String value) {
    return value.isEmpty() ? List.of() : List.of(value.split(","));
  }

  /** A path that stays inside the backup directory. */
  private static String safePath(String path) {
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || List.of(path.split("/")).stream()
            .anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
      throw new InvalidBackupException(NAME + ": unsafe path \"" + path + "\"");
    }
    return path;
  }

  static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** Copies the stream to out and answers its SHA-256 in hex. */
  static String sha256(InputStream in, OutputStream out) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (var digesting = new DigestInputStream(in, digest)) {
      digesting.transferTo(out);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
