package id.warta.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much memory decoding images and rendering pages may take at once.
 *
 * @param pixelBudget decoded pixels (about 4 bytes each) that may be held at once by every decode
 *     and render together; 0 sizes it from the heap: an eighth of the maximum heap in bytes, so
 *     decoded pixels fill at most half of it
 * @param maxWait how long work waits for its share before it gives up with a clear error
 */
@ConfigurationProperties("warta.memory")
public record MemoryProperties(
    @DefaultValue("0") long pixelBudget, @DefaultValue("5m") Duration maxWait) {

  public MemoryProperties {
    if (pixelBudget < 0) {
      throw new IllegalArgumentException(
          "warta.memory.pixel-budget must be 0 (from the heap) or positive");
    }
    if (maxWait == null || maxWait.isNegative()) {
      throw new IllegalArgumentException("warta.memory.max-wait must not be negative");
    }
  }

  /** The budget in pixels: the configured one, or an eighth of the maximum heap in bytes. */
  public long effectivePixelBudget() {
    return pixelBudget > 0 ? pixelBudget : Runtime.getRuntime().maxMemory() / 8;
  }
}
