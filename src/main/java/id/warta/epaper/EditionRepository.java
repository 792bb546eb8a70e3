package id.warta.epaper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EditionRepository {
  private static final String COLUMNS =
      """
      id, edition_date, title, status, page_count, focus_title, focus_teaser, focus_first_page,
      focus_last_page
      """;
  private static final RowMapper<Edition> EDITION =
      (ResultSet rs, int n) ->
          new Edition(
              rs.getLong("id"),
              LocalDate.parse(rs.getString("edition_date")),
              rs.getString("title"),
              EditionStatus.valueOf(rs.getString("status")),
              rs.getInt("page_count"),
              rs.getString("focus_title"),
              rs.getString("focus_teaser"),
              nullableInt(rs, "focus_first_page"),
              nullableInt(rs, "focus_last_page"));

  private final JdbcClient jdbc;

  EditionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest edition readers may see. */
  public Optional<Edition> findLatestReady() {
    return jdbc.sql(
            "SELECT " + COLUMNS
                + " FROM edition WHERE status = 'READY' ORDER BY edition_date DESC LIMIT 1")
        .query(EDITION)
        .optional();
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
