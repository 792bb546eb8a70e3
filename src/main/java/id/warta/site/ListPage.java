package id.warta.site;

import id.warta.article.ArticleSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * A paginated list of articles: a section, a tag, an author, the Indeks or Berita Populer.
 *
 * @param intro a short text under the heading (an author's bio, a section's description)
 * @param basePath the list's path; pages add "?halaman=N" or a position
 * @param pager the links to the newer and older pages, and where this page is
 * @param dateFilter the Indeks's chosen day, or null
 * @param showDateFilter whether the list offers the date filter (the Indeks does)
 */
public record ListPage(
    PageFrame frame,
    String heading,
    String intro,
    String basePath,
    List<ArticleSummary> articles,
    Pager pager,
    boolean showDateFilter,
    LocalDate dateFilter,
    String dateFilterLabel,
    Modules modules,
    int excerptLength) {

  /**
   * Where a page of a list is and the ways out of it.
   *
   * @param previousPath the newer page, or null on the first
   * @param label "Halaman 2 dari 7", "Halaman 3", or the time a deep page starts from
   * @param nextPath the older page, or null on the last
   */
  public record Pager(String previousPath, String label, String nextPath) {
    static final Pager NONE = new Pager(null, "", null);

    public boolean shown() {
      return previousPath != null || nextPath != null;
    }
  }
}
