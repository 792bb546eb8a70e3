package id.warta.site;

import id.warta.epaper.Edition;
import id.warta.epaper.EditionPage;
import java.util.stream.IntStream;

/**
 * One page of an edition in the reader, with its neighbours and its text.
 *
 * @param text the page's text as extracted from the PDF
 * @param textHtml the same text, escaped, with the words searched (if the reader came from a search
 *     result) marked
 * @param query the words searched, or "" when the page was opened otherwise
 */
public record EpaperReaderPage(
    PageFrame frame,
    Edition edition,
    EditionPage page,
    String text,
    String textHtml,
    String query,
    String dateLabel) {

  public boolean fromSearch() {
    return !query.isEmpty();
  }

  /** Back to the results the reader came from. */
  public String searchPath() {
    return EpaperSearchPage.pathFor(query);
  }

  public int number() {
    return page.number();
  }

  public boolean hasPrevious() {
    return page.number() > 1;
  }

  public boolean hasNext() {
    return page.number() < edition.pageCount();
  }

  public String previousPath() {
    return edition.pagePath(page.number() - 1);
  }

  public String nextPath() {
    return edition.pagePath(page.number() + 1);
  }

  public Iterable<Integer> pageNumbers() {
    return IntStream.rangeClosed(1, edition.pageCount()).boxed().toList();
  }

  public boolean isFocusPage() {
    return edition.hasFocus()
        && page.number() >= edition.focusFirstPage()
        && page.number() <= edition.focusLastPage();
  }
}
