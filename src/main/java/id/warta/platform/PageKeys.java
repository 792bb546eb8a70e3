package id.warta.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a public response says about itself, set by its controller: the surrogate keys of what it
 * shows, in a {@code Surrogate-Key} header. The page cache stores the page under these keys and
 * drops it when a change names one of them (platform.ChangeFeed); shared caches (a CDN, Varnish)
 * purge by the same header. A response without keys is not kept by the page cache.
 */
public final class PageKeys {
  public static final String HEADER = "Surrogate-Key";
  static final String VIEW = PageKeys.class.getName() + ".view";

  private PageKeys() {}

  /** Names what this response shows. */
  public static void set(HttpServletResponse response, Collection<String> keys) {
    response.setHeader(HEADER, String.join(" ", new TreeSet<>(keys)));
  }

  /** Marks the page as a view of this article, counted even when served from the cache. */
  public static void countsViewOf(HttpServletRequest request, long articleId) {
    request.setAttribute(VIEW, articleId);
  }

  static Set<String> parse(String header) {
    if (header == null || header.isBlank()) {
      return Set.of();
    }
    return Set.copyOf(Arrays.asList(header.strip().split("\\s+")));
  }
}
