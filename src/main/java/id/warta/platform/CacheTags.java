package id.warta.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Surrogate keys of the page being rendered: what it shows ("a:42" for an article, "section:3"
 * for a section's list...). The page cache stores them with the page, purges by them, and sends
 * them in a {@code Surrogate-Key} header for a CDN.
 */
public final class CacheTags {
  static final String KEYS = CacheTags.class.getName() + ".keys";
  static final String VIEW = CacheTags.class.getName() + ".view";
  /** Pages that declared no keys: any content change purges them. */
  public static final String UNTAGGED = "untagged";

  private CacheTags() {}

  public static String article(long id) {
    return "a:" + id;
  }

  public static void articles(java.util.Collection<? extends HasArticleId> articles) {
    for (HasArticleId a : articles) {
      tag(article(a.id()));
    }
  }

  /** Anything that names an article. */
  public interface HasArticleId {
    long id();
  }

  /** Marks the current page as showing these things. Outside a request it does nothing. */
  public static void tag(String... keys) {
    HttpServletRequest request = currentRequest();
    if (request != null) {
      keysOf(request).addAll(java.util.List.of(keys));
    }
  }

  /** Marks the current page as an article view, so it is counted even when served from cache. */
  public static void countsViewOf(long articleId) {
    HttpServletRequest request = currentRequest();
    if (request != null) {
      request.setAttribute(VIEW, articleId);
    }
  }

  @SuppressWarnings("unchecked")
  static Set<String> keysOf(HttpServletRequest request) {
    Object keys = request.getAttribute(KEYS);
    if (keys == null) {
      keys = new LinkedHashSet<String>();
      request.setAttribute(KEYS, keys);
    }
    return (Set<String>) keys;
  }

  private static HttpServletRequest currentRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes s ? s.getRequest() : null;
  }
}
