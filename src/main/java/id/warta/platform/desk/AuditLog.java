package id.warta.platform.desk;

import id.warta.platform.IndonesianDates;
import id.warta.platform.SiteProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what in the newsroom: publishing, withdrawing, corrections and account changes. */
@Repository
public class AuditLog {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final IndonesianDates dates;

  AuditLog(JdbcClient jdbc, Clock clock, SiteProperties site) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.dates = IndonesianDates.forZone(site.zone());
  }

  /** Records an action; call inside the transaction that makes the change. */
  public void record(Actor actor, String action, String target, String detail) {
    jdbc.sql(
            """
            INSERT INTO audit_log (at, user_id, user_name, action, target, detail)
            VALUES (:at, :user, :name, :action, :target, :detail)
            """)
        .param("at", clock.instant().toEpochMilli())
        .param("user", actor.id())
        .param("name", actor.name())
        .param("action", action)
        .param("target", cut(target, 200))
        .param("detail", cut(detail, 2000))
        .update();
  }

  public List<AuditEntry> recent(int limit) {
    return jdbc.sql(
            """
            SELECT at, user_name, action, target, detail FROM audit_log
            ORDER BY at DESC, id DESC LIMIT :limit
            """)
        .param("limit", limit)
        .query(
            (rs, n) -> {
              Instant at = Instant.ofEpochMilli(rs.getLong("at"));
              return new AuditEntry(
                  at,
                  dates.dateLine(at),
                  rs.getString("user_name"),
                  rs.getString("action"),
                  rs.getString("target"),
                  rs.getString("detail"));
            })
        .list();
  }

  private static String cut(String s, int max) {
    String v = s == null ? "" : s;
    return v.length() <= max ? v : v.substring(0, max);
  }
}
