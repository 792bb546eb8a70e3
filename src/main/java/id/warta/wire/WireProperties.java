package id.warta.wire;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How wire sources are polled. Hosts exempt from the public-address rule are the partner channels'
 * ({@code warta.channels.allowed-hosts}): one list of the company's trusted hosts.
 *
 * @param scheduled whether the background tick runs (off in tests, which poll themselves)
 * @param folderRoot the only folder under which NewsML-G2 folder sources may lie; empty for {@code
 *     <data-dir>/wires}
 * @param maxDelivery a feed, message or file larger than this is refused while reading
 * @param maxItem an item whose body is larger than this becomes an error in the queue
 * @param maxPhoto a photo larger than this is not fetched when an item is taken
 * @param maxBackoff the longest wait between polls of a failing source (the wait doubles)
 */
@ConfigurationProperties("warta.wires")
public record WireProperties(
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("1m") Duration tick,
    @DefaultValue("30s") Duration firstTick,
    Path folderRoot,
    @DefaultValue("10MB") DataSize maxDelivery,
    @DefaultValue("1MB") DataSize maxItem,
    @DefaultValue("20MB") DataSize maxPhoto,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration totalTimeout,
    @DefaultValue("1h") Duration maxBackoff,
    @DefaultValue("Warta/1.0 (pembaca kawat kantor berita)") String userAgent) {

  public WireProperties {
    if (maxItem.toBytes() < 1024 || maxDelivery.toBytes() < maxItem.toBytes()) {
      throw new IllegalArgumentException("warta.wires.max-item must be >= 1KB and <= max-delivery");
    }
    if (maxBackoff.isNegative() || tick.isNegative()) {
      throw new IllegalArgumentException("warta.wires durations must be positive");
    }
  }
}
