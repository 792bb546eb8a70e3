package id.warta.site;

import id.warta.epaper.EditionCover;
import id.warta.platform.IndonesianDates;
import id.warta.platform.Paging;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The e-paper archive: ready editions, newest first, optionally of one month.
 *
 * @param month the chosen month, or null for all
 * @param months the months that have editions, for the filter
 */
public record EpaperArchivePage(
    PageFrame frame,
    Paging<EditionCover> editions,
    YearMonth month,
    List<YearMonth> months,
    IndonesianDates dates) {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", IndonesianDates.INDONESIAN);

  /** "Juni 2021". */
  public static String monthLabel(YearMonth month) {
    return MONTH.format(month);
  }

  public String heading() {
    return month == null ? "Arsip E-Paper" : "Arsip E-Paper " + monthLabel(month);
  }

  public String pagePath(int page) {
    String path = "/epaper";
    String sep = "?";
    if (month != null) {
      path += sep + "bulan=" + month;
      sep = "&";
    }
    return page > 1 ? path + sep + "halaman=" + page : path;
  }
}
