package id.warta.site;

import id.warta.platform.IndonesianDates;
import id.warta.search.EpaperSearch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Search in the e-paper's pages at /epaper/cari: the pages whose text has the words, each linking
 * to that page in the reader.
 *
 * @param results null before anything was searched
 */
public record EpaperSearchPage(
    PageFrame frame,
    String query,
    int maxQueryLength,
    EpaperSearch.Results results,
    IndonesianDates dates) {

  /** Where the e-paper search for {@code query} is: for the link from /cari. */
  public static String pathFor(String query) {
    return "/epaper/cari?q=" + encode(query);
  }

  /** The same words searched in the news, at /cari. */
  public String articleSearchPath() {
    return "/cari?q=" + encode(query);
  }

  /** A query parameter's value; a space as %20, which every server reads as a space. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public boolean searched() {
    return results != null;
  }

  public String pagePath(int page) {
    return pathFor(query) + (page > 1 ? "&halaman=" + page : "");
  }

  /** Where the result opens: its page in the reader, marking the words searched. */
  public String hitPath(EpaperSearch.Hit hit) {
    return hit.path(query);
  }
}
