package id.warta;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand. Made with a start it stands still until moved; {@link #system()} runs
 * with the system clock until a test sets or advances it, and {@link #reset()} puts it back.
 */
public final class MutableClock extends Clock {
  private volatile Instant fixed;
  private volatile Duration offset = Duration.ZERO;

  public MutableClock(Instant start) {
    this.fixed = start;
  }

  /** The clock of the test application context ({@link TestClock}): the system's, until moved. */
  public static MutableClock system() {
    return new MutableClock(null);
  }

  public void advance(Duration d) {
    Instant at = fixed;
    if (at != null) {
      fixed = at.plus(d);
    } else {
      offset = offset.plus(d);
    }
  }

  /** Stops the clock at the given instant. */
  public void set(Instant at) {
    fixed = at;
  }

  /** Back to the system clock. */
  public void reset() {
    fixed = null;
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
