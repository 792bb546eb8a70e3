package id.warta.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages, kept whole (plain and gzip bodies, headers, ETag) and purged by surrogate
 * key when the change feed applies a change (after the in-memory caches the pages are built from,
 * see {@link ChangeListener.Stage}).
 *
 * <p>A page rendered while a purge happens is not stored: every purge moves a generation on, and a
 * page remembers the generation it started in. So nothing stale survives a purge.
 */
@Component
public class PageCache implements ChangeListener {
  /**
   * A page as it is served again: every header of a hit but the body's own (type, length, encoding)
   * prepared once when the page is stored, as text and as the bytes Tomcat writes, so a hit encodes
   * nothing.
   */
  public record Page(
      Header contentType,
      List<Header> headers,
      byte[] plain,
      byte[] gzip,
      String etag,
      Instant lastModified,
      Set<String> keys,
      Long viewedArticle) {

    int weight() {
      int weight = plain.length + gzip.length + 512;
      for (Header header : headers) {
        weight += 2 * (header.name().length() + header.value().length()) + 64;
      }
      return weight;
    }
  }

  /** One response header of a cached page, with its name and value encoded as sent. */
  public record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {
    static Header of(String name, String value) {
      return new Header(name, value, encoded(name), encoded(value));
    }

    /**
     * ISO-8859-1 with control characters but TAB made spaces: what Tomcat does with a header it is
     * given as text.
     */
    private static byte[] encoded(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xff;
        if ((b < 0x20 && b != 0x09) || b == 0x7f) {
          bytes[i] = ' ';
        }
      }
      return bytes;
    }
  }

  private final Cache<String, Page> pages;
  private final AtomicLong generation = new AtomicLong();
  private final boolean enabled;

  PageCache(PageCacheProperties properties) {
    this.enabled = properties.enabled();
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(properties.maxMegabytes() * 1024L * 1024L)
            .weigher((String key, Page page) -> page.weight())
            .expireAfterWrite(properties.timeToLive())
            .build();
  }

  boolean enabled() {
    return enabled;
  }

  Page get(String key) {
    return pages.getIfPresent(key);
  }

  long generation() {
    return generation.get();
  }

  /** Stores a page unless a purge happened since it started rendering. */
  void put(String key, Page page, long startedIn) {
    if (generation.get() == startedIn) {
      pages.put(key, page);
      if (generation.get() != startedIn) {
        pages.invalidate(key);
      }
    }
  }

  @Override
  public void changed(Set<String> keys) {
    purge(keys);
  }

  @Override
  public Stage stage() {
    return Stage.PAGE;
  }

  /** Drops every page that shows any of these keys. */
  void purge(Collection<String> keys) {
    generation.incrementAndGet();
    if (keys.isEmpty()) {
      return;
    }
    pages.asMap().entrySet().removeIf(e -> e.getValue().keys().stream().anyMatch(keys::contains));
  }

  /** Whether the page at this path (with its query) is cached now. */
  public boolean holds(String pathAndQuery) {
    return pages.getIfPresent(pathAndQuery) != null;
  }

  public long size() {
    return pages.estimatedSize();
  }
}
