package id.warta.backup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Table {@code backup_run}: one row per finished backup, written once it is over. */
final class BackupRuns {
  private final JdbcClient jdbc;

  BackupRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(
      Instant started,
      Instant finished,
      String node,
      String location,
      boolean succeeded,
      int files,
      long bytes,
      String message) {
    jdbc.sql(
            """
            INSERT INTO backup_run (started_at, finished_at, node, location, succeeded, files, bytes, message)
            VALUES (:started, :finished, :node, :location, :succeeded, :files, :bytes, :message)
            """)
        .param("started", started.toEpochMilli())
        .param("finished", finished.toEpochMilli())
        .param("node", cut(node, 200))
        .param("location", cut(location, 1000))
        .param("succeeded", succeeded)
        .param("files", files)
        .param("bytes", bytes)
        .param("message", message == null ? null : cut(message, 2000))
        .update();
  }

  Optional<BackupRun> lastGood() {
    return jdbc.sql(SELECT + " WHERE succeeded = TRUE ORDER BY finished_at DESC, id DESC LIMIT 1")
        .query(BackupRuns::map)
        .optional();
  }

  List<BackupRun> recent(int limit) {
    return jdbc.sql(SELECT + " ORDER BY finished_at DESC, id DESC LIMIT :limit")
        .param("limit", limit)
        .query(BackupRuns::map)
        .list();
  }

  /** When the last backup, good or not, started: the schedule counts from there. */
  Optional<Instant> lastStarted() {
    return jdbc
        .sql("SELECT started_at FROM backup_run ORDER BY started_at DESC LIMIT 1")
        .query(Long.class)
        .list()
        .stream()
        .findFirst()
        .map(Instant::ofEpochMilli);
  }

  private static final String SELECT =
      "SELECT id, started_at, finished_at, node, location, succeeded, files, bytes, message FROM"
          + " backup_run";

  private static BackupRun map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new BackupRun(
        rs.getLong("id"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        Instant.ofEpochMilli(rs.getLong("finished_at")),
        rs.getString("node"),
        rs.getString("location"),
        rs.getBoolean("succeeded"),
        rs.getInt("files"),
        rs.getLong("bytes"),
        rs.getString("message"));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
