package id.warta.newsroom;

import id.warta.article.ArticleListing;
import id.warta.article.ArticleStatus;
import id.warta.author.Author;
import id.warta.platform.Paging;
import id.warta.section.Section;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The newsroom's article list or review queue.
 *
 * @param rows the listed articles with their time lines
 * @param query the filter as typed, for the form and the paging links
 */
public record ArticleListPage(
    String heading,
    boolean queue,
    Paging<Row> rows,
    List<Section> sections,
    List<Author> authors,
    String status,
    String section,
    String author,
    String text,
    String from,
    String to,
    boolean editor) {

  /**
   * @param submitted who submitted the article for review and when, or empty
   */
  public record Row(ArticleListing article, String changed, String published, String submitted) {
    public String statusLabel() {
      return Statuses.label(article.status());
    }
  }

  public List<ArticleStatus> statuses() {
    return Statuses.all();
  }

  public String label(ArticleStatus s) {
    return Statuses.label(s);
  }

  public String pageLink(int page) {
    return "?status="
        + enc(status)
        + "&kanal="
        + enc(section)
        + "&penulis="
        + enc(author)
        + "&q="
        + enc(text)
        + "&dari="
        + enc(from)
        + "&sampai="
        + enc(to)
        + "&halaman="
        + page;
  }

  private static String enc(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
