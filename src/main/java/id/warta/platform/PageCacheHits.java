package id.warta.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which requests the page cache may answer, and what a hit owes besides its bytes (the hit counter,
 * the article's view). Shared by the two places that answer hits: {@link PageCacheValve} in front
 * of the servlet container's pipeline, and {@link PageCacheFilter} behind it (where a page is also
 * stored, and where tests without a server meet the cache).
 */
@Component
class PageCacheHits {
  private final PageCache cache;
  private final PageParameters parameters;
  private final List<PageHitListener> hitListeners;
  private final Counter hits;

  PageCacheHits(
      PageCache cache,
      PageParameters parameters,
      List<PageHitListener> hitListeners,
      ObjectProvider<MeterRegistry> meters) {
    this.cache = cache;
    this.parameters = parameters;
    this.hitListeners = hitListeners;
    // Hits are answered before the request metrics see them, so they are counted here.
    MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
    this.hits =
        Counter.builder("warta.page.cache.hits")
            .description("Pages served from the page cache")
            .register(registry);
  }

  /**
   * Whether the cache may answer or store this request at all: an anonymous reader's GET or HEAD
   * outside the paths that are never cached ({@link ReservedPaths#bypassesPageCache}).
   */
  boolean eligible(HttpServletRequest request) {
    return cache.enabled() && isReaderRequest(request);
  }

  /**
   * An anonymous reader's GET or HEAD of a public path: what the page cache may answer when it is
   * on, and what waits for a rendering permit ({@link RenderingGate}).
   */
  static boolean isReaderRequest(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (request.getHeader("Authorization") != null || hasSessionCookie(request)) {
      return false;
    }
    return !ReservedPaths.bypassesPageCache(request.getRequestURI());
  }

  private static boolean hasSessionCookie(HttpServletRequest request) {
    String cookie = request.getHeader("Cookie");
    return cookie != null && (cookie.contains("SESSION") || cookie.contains("remember-me"));
  }

  /** The cached page that answers this request, or null. */
  PageCache.Page find(HttpServletRequest request) {
    if (!eligible(request)) {
      return null;
    }
    String known = parameters.knownKey(request);
    return known == null ? null : cache.get(known);
  }

  /** After a hit was sent: counts it, and the article's view unless it was none. */
  void served(PageCache.Page page, HttpServletRequest request) {
    hits.increment();
    if (page.viewedArticle() != null && PageViews.isView(request)) {
      String agent = request.getHeader("User-Agent");
      for (PageHitListener listener : hitListeners) {
        listener.articleViewed(page.viewedArticle(), agent);
      }
    }
  }

  /**
   * RFC 9110 section 13.2.2: If-None-Match decides when present; only without it does
   * If-Modified-Since count, against the Last-Modified the page itself sent (feeds and sitemaps
   * send one; HTML pages rely on their ETag).
   */
  static boolean notModified(PageCache.Page page, HttpServletRequest request) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      return ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*");
    }
    String ifModifiedSince = request.getHeader("If-Modified-Since");
    if (ifModifiedSince == null || page.lastModified() == null) {
      return false;
    }
    Instant since = httpDate(ifModifiedSince);
    // An unreadable date is ignored, as the RFC asks: the page is sent.
    return since != null && !page.lastModified().isAfter(since);
  }

  /** An HTTP date (RFC 1123 form), or null if it is not one. */
  static Instant httpDate(String value) {
    try {
      return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    String accept = request.getHeader("Accept-Encoding");
    if (accept == null) {
      return false;
    }
    for (int i = 0; i + 4 <= accept.length(); i++) {
      if (accept.regionMatches(true, i, "gzip", 0, 4)) {
        return true;
      }
    }
    return false;
  }
}
