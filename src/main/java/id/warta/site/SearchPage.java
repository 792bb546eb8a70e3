package id.warta.site;

import id.warta.article.ArticleSummary;
import id.warta.section.Section;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search page /cari: the form with its filters, one page of results, or help when nothing was
 * found.
 *
 * @param query what the reader typed, or empty before a search
 * @param sectionSlug the chosen section, or null
 * @param from the first day, "2021-06-23", or null
 * @param to the last day, or null
 * @param newest newest first rather than most relevant
 * @param suggestion a spelling that finds something when the query did not, or null
 * @param incomplete the index is being rebuilt: results may be missing
 * @param popular Berita Populer, shown when nothing was found
 */
public record SearchPage(
    PageFrame frame,
    String query,
    int maxQueryLength,
    List<Section> sections,
    String sectionSlug,
    String from,
    String to,
    boolean newest,
    List<Result> results,
    long total,
    boolean totalIsLowerBound,
    int page,
    int totalPages,
    String suggestion,
    boolean incomplete,
    List<ArticleSummary> popular,
    Modules modules,
    int excerptLength) {

  /** One article found; both HTML strings are escaped text with only {@code <mark>} added. */
  public record Result(ArticleSummary article, String titleHtml, String snippetHtml) {}

  /** How many were found as readers read it: "1.234", or "lebih dari 1.000" past the count. */
  public String resultCount() {
    String number = grouped(total);
    return totalIsLowerBound ? "lebih dari " + number : number;
  }

  /** "1.234.567": thousands grouped with dots, as Indonesian writes them. */
  static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (n < 0) {
      out.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  public boolean searched() {
    return !query.isEmpty();
  }

  public boolean isSelected(Section section) {
    return section.slug().equals(sectionSlug);
  }

  /** This search on another page. */
  public String pagePath(int page) {
    return path(query, page);
  }

  /** This search, filters kept, with the suggested spelling. */
  public String suggestionPath() {
    return suggestion == null ? null : path(suggestion, 1);
  }

  private String path(String q, int page) {
    StringBuilder path = new StringBuilder("/cari?q=").append(encode(q));
    if (sectionSlug != null) {
      path.append("&kanal=").append(encode(sectionSlug));
    }
    if (from != null) {
      path.append("&dari=").append(from);
    }
    if (to != null) {
      path.append("&sampai=").append(to);
    }
    if (newest) {
      path.append("&urut=terbaru");
    }
    if (page > 1) {
      path.append("&halaman=").append(page);
    }
    return path.toString();
  }

  private static String encode(String s) {
    // %20 rather than +: a space either way for browsers, and unambiguous for every parser.
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
