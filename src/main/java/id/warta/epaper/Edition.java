package id.warta.epaper;

import java.time.LocalDate;

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

  /** How many pages the Fokus story fills: "HALAMAN FOKUS EKSTRA 4 HALAMAN". */
  public int focusPageCount() {
    if (focusFirstPage == null || focusLastPage == null) {
      return 0;
    }
    return focusLastPage - focusFirstPage + 1;
  }

  public String path() {
    return "/epaper/" + editionDate;
  }
}
