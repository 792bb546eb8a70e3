package id.warta.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * A background job started by a scheduler's tick: it runs on a virtual thread of its own, so a slow
 * run never holds the scheduler's thread, and a tick that comes while the last run is still going
 * starts nothing.
 */
public final class SingleFlight {
  private final String name;
  private final Runnable job;
  private final Logger log;
  private final String failure;
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * @param name the thread's name
   * @param log where a failed run is logged, with {@code failure} as its message
   */
  public SingleFlight(String name, Runnable job, Logger log, String failure) {
    this.name = name;
    this.job = job;
    this.log = log;
    this.failure = failure;
  }

  /** Starts a run unless one is going. */
  public void start() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    Thread.ofVirtual()
        .name(name)
        .start(
            () -> {
              try {
                job.run();
              } catch (RuntimeException e) {
                log.error(failure, e);
              } finally {
                running.set(false);
              }
            });
  }
}
