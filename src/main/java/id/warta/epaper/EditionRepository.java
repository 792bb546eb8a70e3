package id.warta.epaper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Editions and their pages. Readers' queries see READY editions only. */
@Repository
public class EditionRepository {
  private static final String COLUMNS =
      """
      e.id, e.edition_date, e.title, e.status, e.page_count, e.focus_title, e.focus_teaser,
      e.focus_first_page, e.focus_last_page
      """;
  private static final String PAGE_COLUMNS =
      """
      p.page_number, p.image_file, p.image_width, p.image_height, p.thumb_file, p.thumb_width,
      p.thumb_height
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
  private static final RowMapper<EditionPage> PAGE =
      (ResultSet rs, int n) ->
          new EditionPage(
              rs.getInt("page_number"),
              rs.getString("image_file"),
              rs.getInt("image_width"),
              rs.getInt("image_height"),
              rs.getString("thumb_file"),
              rs.getInt("thumb_width"),
              rs.getInt("thumb_height"));

  private final JdbcClient jdbc;

  EditionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest edition readers may see. */
  public Optional<Edition> findLatestReady() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM edition e WHERE e.status = 'READY' ORDER BY e.edition_date DESC LIMIT 1")
        .query(EDITION)
        .optional();
  }

  /** A ready edition by its date, as readers ask for it. */
  public Optional<Edition> findReadyByDate(LocalDate date) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM edition e WHERE e.edition_date = :date AND e.status = 'READY'")
        .param("date", date.toString())
        .query(EDITION)
        .optional();
  }

  /** An edition in any state. */
  public Optional<Edition> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM edition e WHERE e.id = :id")
        .param("id", id)
        .query(EDITION)
        .optional();
  }

  Optional<Long> findIdByDate(LocalDate date) {
    return jdbc.sql("SELECT id FROM edition WHERE edition_date = :date")
        .param("date", date.toString())
        .query(Long.class)
        .optional();
  }

  public boolean existsByDate(LocalDate date) {
    return jdbc.sql("SELECT COUNT(*) FROM edition WHERE edition_date = :date")
            .param("date", date.toString())
            .query(Long.class)
            .single()
        > 0;
  }

  /** Ready editions, newest first, optionally of one month only. */
  public List<EditionCover> findReady(YearMonth month, long offset, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", "
                + PAGE_COLUMNS
                + """
                 FROM edition e
                 JOIN edition_page p ON p.edition_id = e.id AND p.page_number = 1
                WHERE e.status = 'READY' AND e.edition_date >= :from AND e.edition_date < :to
                ORDER BY e.edition_date DESC
                LIMIT :limit OFFSET :offset
                """)
        .param("from", from(month))
        .param("to", to(month))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> new EditionCover(EDITION.mapRow(rs, n), PAGE.mapRow(rs, n)))
        .list();
  }

  public long countReady(YearMonth month) {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM edition
             WHERE status = 'READY' AND edition_date >= :from AND edition_date < :to
            """)
        .param("from", from(month))
        .param("to", to(month))
        .query(Long.class)
        .single();
  }

  /** The months that have ready editions, newest first, for the archive's month filter. */
  public List<YearMonth> findReadyMonths() {
    return jdbc.sql(
            """
            SELECT DISTINCT substr(edition_date, 1, 7) AS month FROM edition
             WHERE status = 'READY' ORDER BY month DESC
            """)
        .query((rs, n) -> YearMonth.parse(rs.getString("month")))
        .list();
  }

  /** The editor's view: the latest editions in every state, newest date first. */
  public List<EditionProgress> findRecentProgress(int limit) {
    return jdbc.sql(PROGRESS + " ORDER BY e.edition_date DESC LIMIT :limit")
        .param("limit", limit)
        .query(this::progress)
        .list();
  }

  public Optional<EditionProgress> findProgress(long id) {
    return jdbc.sql(PROGRESS + " WHERE e.id = :id")
        .param("id", id)
        .query(this::progress)
        .optional();
  }

  private static final String PROGRESS =
      """
      SELECT e.id, e.edition_date, e.title, e.status, e.page_count, e.error, e.updated_at,
             (SELECT COUNT(*) FROM edition_page p WHERE p.edition_id = e.id) AS pages_done
        FROM edition e
      """;

  private EditionProgress progress(ResultSet rs, int n) throws SQLException {
    return new EditionProgress(
        rs.getLong("id"),
        LocalDate.parse(rs.getString("edition_date")),
        rs.getString("title"),
        EditionStatus.valueOf(rs.getString("status")),
        rs.getInt("pages_done"),
        rs.getInt("page_count"),
        rs.getString("error"),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }

  /** Pages of an edition that are rendered, in order. */
  public List<EditionPage> findPages(long editionId) {
    return jdbc.sql(
            "SELECT "
                + PAGE_COLUMNS
                + " FROM edition_page p WHERE p.edition_id = :id ORDER BY p.page_number")
        .param("id", editionId)
        .query(PAGE)
        .list();
  }

  public Optional<EditionPage> findPage(long editionId, int number) {
    return jdbc.sql(
            "SELECT "
                + PAGE_COLUMNS
                + " FROM edition_page p WHERE p.edition_id = :id AND p.page_number = :number")
        .param("id", editionId)
        .param("number", number)
        .query(PAGE)
        .optional();
  }

  /** The text of every rendered page, in order: what search indexes for an edition. */
  public List<EditionPageText> findPageTexts(long editionId) {
    return jdbc.sql(
            """
            SELECT page_number, page_text FROM edition_page
             WHERE edition_id = :id ORDER BY page_number
            """)
        .param("id", editionId)
        .query((rs, n) -> new EditionPageText(rs.getInt("page_number"), rs.getString("page_text")))
        .list();
  }

  public Optional<String> findPageText(long editionId, int number) {
    return jdbc.sql(
            "SELECT page_text FROM edition_page WHERE edition_id = :id AND page_number = :number")
        .param("id", editionId)
        .param("number", number)
        .query(String.class)
        .optional();
  }

  /** Where an edition's PDF is stored, by content key. */
  public Optional<String> findPdfKey(long editionId) {
    return jdbc.sql("SELECT pdf_key FROM edition WHERE id = :id")
        .param("id", editionId)
        .query(String.class)
        .optional();
  }

  // Writing: for the e-paper's own services only.

  /** Inserts a PROCESSING edition; a date already taken is a {@link DuplicateKeyException}. */
  long insert(EditionUpload upload, int pageCount, String pdfKey, long pdfSize, Instant now) {
    try {
      return insertRow(upload, pageCount, pdfKey, pdfSize, now);
    } catch (UncategorizedSQLException e) {
      // Spring has no error codes for SQLite: its unique violations arrive uncategorized.
      String message =
          e.getSQLException() == null ? "" : String.valueOf(e.getSQLException().getMessage());
      if (message.contains("UNIQUE constraint failed")) {
        throw new DuplicateKeyException(message, e);
      }
      throw e;
    }
  }

  private long insertRow(
      EditionUpload upload, int pageCount, String pdfKey, long pdfSize, Instant now) {
    return jdbc.sql(
            """
            INSERT INTO edition (edition_date, title, status, page_count, focus_title, focus_teaser,
                                 focus_first_page, focus_last_page, pdf_key, pdf_size, error,
                                 created_at, updated_at)
            VALUES (:date, :title, 'PROCESSING', :pageCount, :focusTitle, :focusTeaser,
                    :focusFirst, :focusLast, :pdfKey, :pdfSize, '', :now, :now)
            RETURNING id
            """)
        .param("date", upload.editionDate().toString())
        .param("title", upload.title())
        .param("pageCount", pageCount)
        .param("focusTitle", upload.focusTitle())
        .param("focusTeaser", upload.focusTeaser())
        .param("focusFirst", upload.focusFirstPage(), Types.INTEGER)
        .param("focusLast", upload.focusLastPage(), Types.INTEGER)
        .param("pdfKey", pdfKey)
        .param("pdfSize", pdfSize)
        .param("now", now.toEpochMilli())
        .query(Long.class)
        .single();
  }

  /**
   * Deletes an edition and its pages unless it is being processed; false when nothing was deleted.
   */
  boolean deleteUnlessProcessing(long id) {
    return jdbc.sql("DELETE FROM edition WHERE id = :id AND status <> :processing")
            .param("id", id)
            .param("processing", EditionStatus.PROCESSING.name())
            .update()
        == 1;
  }

  boolean isPdfKeyUsed(String pdfKey) {
    return jdbc.sql("SELECT COUNT(*) FROM edition WHERE pdf_key = :key")
            .param("key", pdfKey)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Ids of the editions readers can see: what the e-paper search index holds. */
  public List<Long> findReadyIds() {
    return findIdsByStatus(EditionStatus.READY);
  }

  List<Long> findIdsByStatus(EditionStatus status) {
    return jdbc.sql("SELECT id FROM edition WHERE status = :status ORDER BY edition_date")
        .param("status", status.name())
        .query(Long.class)
        .list();
  }

  List<Integer> findPageNumbers(long editionId) {
    return jdbc.sql(
            "SELECT page_number FROM edition_page WHERE edition_id = :id ORDER BY page_number")
        .param("id", editionId)
        .query(Integer.class)
        .list();
  }

  /** Stores a rendered page (again, when it was rendered before) and counts it as progress. */
  void savePage(long editionId, EditionPage page, String text, Instant now) {
    jdbc.sql(
            """
            INSERT INTO edition_page (edition_id, page_number, image_file, image_width,
                                      image_height, thumb_file, thumb_width, thumb_height,
                                      page_text, rendered_at)
            VALUES (:id, :number, :image, :imageWidth, :imageHeight, :thumb, :thumbWidth,
                    :thumbHeight, :text, :now)
            ON CONFLICT (edition_id, page_number) DO UPDATE SET
              image_file = excluded.image_file, image_width = excluded.image_width,
              image_height = excluded.image_height, thumb_file = excluded.thumb_file,
              thumb_width = excluded.thumb_width, thumb_height = excluded.thumb_height,
              page_text = excluded.page_text, rendered_at = excluded.rendered_at
            """)
        .param("id", editionId)
        .param("number", page.number())
        .param("image", page.imageFile())
        .param("imageWidth", page.imageWidth())
        .param("imageHeight", page.imageHeight())
        .param("thumb", page.thumbFile())
        .param("thumbWidth", page.thumbWidth())
        .param("thumbHeight", page.thumbHeight())
        .param("text", text)
        .param("now", now.toEpochMilli())
        .update();
    // A finished page is progress: the starts that count towards giving up begin again.
    jdbc.sql("UPDATE edition SET attempts = 0 WHERE id = :id").param("id", editionId).update();
  }

  /**
   * Counts one more start of an edition's processing; returns the starts since its last finished
   * page (or retry), this one included.
   */
  int startAttempt(long id) {
    return jdbc.sql("UPDATE edition SET attempts = attempts + 1 WHERE id = :id RETURNING attempts")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  /** PROCESSING to READY, only when every page has its row; false otherwise. */
  boolean markReady(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE edition SET status = 'READY', error = '', updated_at = :now
                 WHERE id = :id AND status = 'PROCESSING'
                   AND page_count = (SELECT COUNT(*) FROM edition_page WHERE edition_id = :id)
                """)
            .param("id", id)
            .param("now", now.toEpochMilli())
            .update()
        == 1;
  }

  void markFailed(long id, String error, Instant now) {
    jdbc.sql(
            """
            UPDATE edition SET status = 'FAILED', error = :error, updated_at = :now
             WHERE id = :id AND status = 'PROCESSING'
            """)
        .param("id", id)
        .param("error", error.length() > 1000 ? error.substring(0, 997) + "..." : error)
        .param("now", now.toEpochMilli())
        .update();
  }

  /** FAILED back to PROCESSING for a retry; false when the edition had not failed. */
  boolean markRetry(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE edition
                   SET status = 'PROCESSING', error = '', attempts = 0, updated_at = :now
                 WHERE id = :id AND status = 'FAILED'
                """)
            .param("id", id)
            .param("now", now.toEpochMilli())
            .update()
        == 1;
  }

  private static String from(YearMonth month) {
    return month == null ? "0000-01-01" : month.atDay(1).toString();
  }

  private static String to(YearMonth month) {
    return month == null ? "9999-99-99" : month.plusMonths(1).atDay(1).toString();
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
