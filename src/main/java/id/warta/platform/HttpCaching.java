package id.warta.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers for machine readers (feeds, sitemaps, the API) with validators: a strong ETag from the
 * bytes and Last-Modified from the content's own time. Spring MVC compares them with the request's
 * If-None-Match and If-Modified-Since and answers a bodiless 304 when they match.
 */
public final class HttpCaching {
  private HttpCaching() {}

  /**
   * @param lastModified when the content last changed, or null when unknown
   * @param keys the surrogate keys of what the body shows (see {@link PageKeys})
   */
  public static ResponseEntity<byte[]> respond(
      byte[] body, MediaType type, Instant lastModified, Duration maxAge, Collection<String> keys) {
    var builder =
        ResponseEntity.ok()
            .contentType(type)
            .cacheControl(CacheControl.maxAge(maxAge).cachePublic())
            .header(PageKeys.HEADER, String.join(" ", new TreeSet<>(keys)))
            .eTag(ETags.of(body));
    if (lastModified != null) {
      builder.lastModified(lastModified);
    }
    return builder.body(body);
  }
}
