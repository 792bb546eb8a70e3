package id.warta.site;

import id.warta.epaper.Edition;
import id.warta.epaper.EditionPage;
import java.util.List;

/**
 * One edition: its Fokus story and the thumbnails of all its pages.
 *
 * @param dateLabel "Rabu 23 Juni 2021"
 * @param pdfSize "4,2 MB"
 */
public record EpaperEditionPage(
    PageFrame frame, Edition edition, List<EditionPage> pages, String dateLabel, String pdfSize) {

  public boolean isFocusPage(int number) {
    return edition.hasFocus()
        && number >= edition.focusFirstPage()
        && number <= edition.focusLastPage();
  }
}
