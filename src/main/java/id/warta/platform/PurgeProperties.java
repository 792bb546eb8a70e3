package id.warta.platform;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caches in front of Warta that are told to purge by surrogate key when a change is applied
 * (platform.HttpPurger). None by default.
 *
 * @param targets the caches, e.g. {@code warta.purge.targets[0].kind=VARNISH}, {@code
 *     warta.purge.targets[0].url=http://varnish:6081/}
 * @param maxQueuedKeys keys waiting per target while it is down; past it the oldest are dropped
 *     (the pages then live at most their s-maxage) and a warning is logged
 * @param firstRetry the wait after a first failure, doubled on each failure after it
 * @param maxRetry the longest wait between tries
 * @param timeout for one purge request
 */
@ConfigurationProperties("warta.purge")
public record PurgeProperties(
    @DefaultValue List<Target> targets,
    @DefaultValue("10000") int maxQueuedKeys,
    @DefaultValue("500ms") Duration firstRetry,
    @DefaultValue("30s") Duration maxRetry,
    @DefaultValue("5s") Duration timeout) {

  /** How a cache is told to purge. */
  public enum Kind {
    /** Varnish with vmod xkey: {@code PURGE url} with the keys in a header ({@code xkey}). */
    VARNISH,
    /** Fastly-style: {@code POST url} (the service's purge URL) with a Surrogate-Key header. */
    FASTLY
  }

  /**
   * @param header the header carrying the keys: what the cache's VCL reads (Varnish, default {@code
   *     xkey}); Fastly's is Surrogate-Key
   * @param token sent as {@code Fastly-Key} (Fastly) or as a bearer token (Varnish), when set
   */
  public record Target(Kind kind, URI url, String token, String header) {
    public Target {
      if (kind == null || url == null) {
        throw new IllegalArgumentException("warta.purge.targets needs kind and url");
      }
      if (header == null || header.isBlank()) {
        header = kind == Kind.VARNISH ? "xkey" : PageKeys.HEADER;
      }
    }
  }
}
