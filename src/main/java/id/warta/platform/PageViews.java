package id.warta.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Whether a request for a page is a reader looking at it. A HEAD request reads no page, and a
 * browser that fetches a page ahead of time (a link prefetched or prerendered by the Speculation
 * Rules, Chrome's {@code Sec-Purpose}, older {@code Purpose}/{@code X-Moz}/{@code X-Purpose}
 * headers) shows it to no one yet. A prerendered page may become a view when the reader follows the
 * link, but the server never hears of that: it is not counted either.
 */
public final class PageViews {
  private PageViews() {}

  public static boolean isView(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && !mentions(request.getHeader("Sec-Purpose"), "prefetch")
        && !mentions(request.getHeader("Purpose"), "prefetch")
        && !mentions(request.getHeader("X-Moz"), "prefetch")
        && !mentions(request.getHeader("X-Purpose"), "preview")
        && !mentions(request.getHeader("X-Purpose"), "prefetch");
  }

  private static boolean mentions(String header, String token) {
    return header != null && header.toLowerCase(Locale.ROOT).contains(token);
  }
}
