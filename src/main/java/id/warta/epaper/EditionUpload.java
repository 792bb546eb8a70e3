package id.warta.epaper;

import java.time.LocalDate;

/**
 * What an editor uploads: the day's PDF, its date and title, and its Fokus story.
 *
 * @param focusFirstPage first page of the Fokus story, or null when the edition has none
 * @param focusLastPage last page of the Fokus story, or null when the edition has none
 */
public record EditionUpload(
    byte[] pdf,
    LocalDate editionDate,
    String title,
    String focusTitle,
    String focusTeaser,
    Integer focusFirstPage,
    Integer focusLastPage) {

  /** An edition without a Fokus story. */
  public static EditionUpload withoutFocus(byte[] pdf, LocalDate date, String title) {
    return new EditionUpload(pdf, date, title, "", "", null, null);
  }
}
