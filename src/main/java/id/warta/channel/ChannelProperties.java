package id.warta.channel;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How partner feeds are fetched.
 *
 * @param scheduled whether the background tick runs (off in tests, which drive refreshes)
 * @param tick how often the scheduler looks for channels whose refresh interval has passed
 * @param firstTick delay after start before the first tick, so startup never waits on a feed
 * @param connectTimeout time allowed to open a connection to the partner
 * @param totalTimeout time allowed for the whole exchange, body included
 * @param maxSize feeds larger than this are refused while reading, never buffered whole
 * @param maxRedirects redirects followed before giving up
 * @param parallelFetches feeds fetched at the same time
 * @param userAgent sent with every request, so partners can see who reads their feed
 * @param allowedHosts hosts fetched even though they resolve to a loopback, private or other
 *     non-public address (a partner inside the company network); none by default
 */
@ConfigurationProperties("warta.channels")
public record ChannelProperties(
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("1m") Duration tick,
    @DefaultValue("30s") Duration firstTick,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration totalTimeout,
    @DefaultValue("5MB") DataSize maxSize,
    @DefaultValue("3") int maxRedirects,
    @DefaultValue("4") int parallelFetches,
    @DefaultValue("Warta/1.0 (pembaca umpan kanal mitra)") String userAgent,
    @DefaultValue List<String> allowedHosts) {

  public ChannelProperties {
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("warta.channels.connect-timeout must be positive");
    }
    if (totalTimeout.isNegative() || totalTimeout.isZero()) {
      throw new IllegalArgumentException("warta.channels.total-timeout must be positive");
    }
    if (maxSize.toBytes() < 1024) {
      throw new IllegalArgumentException("warta.channels.max-size must be at least 1KB");
    }
    if (maxRedirects < 0 || parallelFetches < 1) {
      throw new IllegalArgumentException(
          "warta.channels.max-redirects must be >= 0 and parallel-fetches >= 1");
    }
    allowedHosts = List.copyOf(allowedHosts);
  }
}
