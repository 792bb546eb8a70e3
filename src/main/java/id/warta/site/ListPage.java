package id.warta.site;

import id.warta.article.ArticleSummary;
import id.warta.platform.Paging;
import java.time.LocalDate;

/**
 * A paginated list of articles: a section, a tag, an author, the Indeks or Berita Populer.
 *
 * @param intro a short text under the heading (an author's bio, a section's description)
 * @param basePath the list's path; pages add "?halaman=N"
 * @param dateFilter the Indeks's chosen day, or null
 * @param showDateFilter whether the list offers the date filter (the Indeks does)
 */
public record ListPage(
    PageFrame frame,
    String heading,
    String intro,
    String basePath,
    Paging<ArticleSummary> articles,
    boolean showDateFilter,
    LocalDate dateFilter,
    String dateFilterLabel,
    Modules modules,
    int excerptLength) {

  public String pagePath(int page) {
    StringBuilder path = new StringBuilder(basePath);
    String sep = "?";
    if (dateFilter != null) {
      path.append(sep).append("tanggal=").append(dateFilter);
      sep = "&";
    }
    if (page > 1) {
      path.append(sep).append("halaman=").append(page);
    }
    return path.toString();
  }
}
