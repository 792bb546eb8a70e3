package id.warta.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The memory that decoded images and rendered pages may take at once, counted in pixels and shared
 * by every feature that decodes or renders. Work takes its share before it decodes and gives it
 * back when done; when the budget is spent, later work waits its turn (first come, first served, so
 * a large image is not passed over forever by small ones) instead of running the heap out. Only
 * work that could never fit, or that waited longer than the configured limit, is refused, with a
 * message that says which.
 */
@Component
public class PixelBudget {
  /**
   * Pixels per semaphore permit: a permit count is an int, a large heap's pixels are not. Shares
   * are counted in whole thousands of pixels, rounded up.
   */
  private static final long UNIT = 1000;

  private final long capacity;
  private final Duration maxWait;
  private final Semaphore permits;

  @Autowired
  PixelBudget(MemoryProperties properties) {
    this(properties.effectivePixelBudget(), properties.maxWait());
    LoggerFactory.getLogger(PixelBudget.class)
        .info(
            "Pixel budget: {} megapixels for decoding and rendering at once (max heap {} MB)",
            megapixels(capacity),
            Runtime.getRuntime().maxMemory() / 1_048_576);
  }

  PixelBudget(long capacity, Duration maxWait) {
    this.capacity = Math.min(capacity, UNIT * Integer.MAX_VALUE) / UNIT * UNIT;
    this.maxWait = maxWait;
    this.permits = new Semaphore(units(this.capacity), true);
  }

  /** The most pixels that may be held at once. */
  public long capacity() {
    return capacity;
  }

  /** Whether work of this many pixels can ever get its share. */
  public boolean fits(long pixels) {
    return units(pixels) <= units(capacity);
  }

  /**
   * Takes a share of the budget, waiting for it if other work holds it.
   *
   * @throws NeverFits when the work is larger than the whole budget
   * @throws WaitedTooLong when the share did not come free within the configured wait
   */
  public Share acquire(long pixels) throws InterruptedException {
    if (pixels < 0) {
      throw new IllegalArgumentException("negative pixels: " + pixels);
    }
    if (!fits(pixels)) {
      throw new NeverFits(pixels, capacity);
    }
    int units = Math.max(1, units(pixels));
    if (!permits.tryAcquire(units, maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new WaitedTooLong(pixels, maxWait);
    }
    return new Share(units);
  }

  /** Pixels not held by anyone now; for tests and metrics. */
  public long available() {
    return (long) permits.availablePermits() * UNIT;
  }

  /** How many are waiting for their share now; for tests and metrics. */
  public int waiting() {
    return permits.getQueueLength();
  }

  private static int units(long pixels) {
    return (int) Math.min(Integer.MAX_VALUE, (pixels + UNIT - 1) / UNIT);
  }

  /** "12,5" megapixels, as Indonesians write decimals. */
  public static String megapixels(long pixels) {
    return String.format(Locale.ROOT, "%.1f", pixels / 1_000_000.0).replace('.', ',');
  }

  /** A share of the budget, given back once when closed. */
  public final class Share implements AutoCloseable {
    private final int units;
    private final AtomicBoolean released = new AtomicBoolean();

    private Share(int units) {
      this.units = units;
    }

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        permits.release(units);
      }
    }
  }

  /** Work larger than the whole budget: it would never get its share, so it is refused at once. */
  public static final class NeverFits extends RuntimeException {
    private final long pixels;
    private final long capacity;

    NeverFits(long pixels, long capacity) {
      super(
          "Perlu "
              + megapixels(pixels)
              + " megapiksel memori gambar, sedangkan server ini hanya menyediakan "
              + megapixels(capacity)
              + " megapiksel.");
      this.pixels = pixels;
      this.capacity = capacity;
    }

    public long pixels() {
      return pixels;
    }

    public long capacity() {
      return capacity;
    }
  }

  /** The budget stayed spent by other work for longer than the configured wait. */
  public static final class WaitedTooLong extends RuntimeException {
    WaitedTooLong(long pixels, Duration waited) {
      super(
          "Server sedang sibuk memproses gambar lain (menunggu "
              + waited.toSeconds()
              + " detik untuk "
              + megapixels(pixels)
              + " megapiksel). Coba lagi sebentar lagi.");
    }
  }
}
