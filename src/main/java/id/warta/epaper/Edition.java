package id.warta.epaper;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A printed edition and its Fokus story.
 *
 * @param focusFirstPage first page of the Fokus story, or null when the edition has none
 */
public record Edition(
    long id,
    LocalDate editionDate,
    String title,
    EditionStatus status,
    int pageCount,
    String focusTitle,
    String focusTeaser,
    Integer focusFirstPage,
    Integer focusLastPage) {
  /** Surrogate key of what shows editions: the e-paper pages and the e-paper module. */
  public static final String KEY = "epaper";

  /** How many pages the Fokus story fills: "HALAMAN FOKUS EKSTRA 4 HALAMAN". */
  public int focusPageCount() {
    if (focusFirstPage == null || focusLastPage == null) {
      return 0;
    }
    return focusLastPage - focusFirstPage + 1;
  }

  /** The Fokus pages as readers say them: "4" for one page, "4–7" for several. */
  public String focusPages() {
    if (focusPageCount() == 0) {
      return "";
    }
    return focusPageCount() == 1
        ? String.valueOf(focusFirstPage)
        : focusFirstPage + "–" + focusLastPage;
  }

  public boolean hasFocus() {
    return focusPageCount() > 0 && !focusTitle.isBlank();
  }

  public String path() {
    return "/epaper/" + editionDate;
  }

  /** The page reader: "/epaper/2021-06-23/4". */
  public String pagePath(int page) {
    return path() + "/" + page;
  }

  public String pdfPath() {
    return path() + "/pdf";
  }

  /** The name the downloaded PDF gets: "media-indonesia-2021-06-23.pdf". */
  public String pdfFileName() {
    String base =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (base.isEmpty() ? "edisi" : base) + "-" + editionDate + ".pdf";
  }
}
