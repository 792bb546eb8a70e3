package id.warta.wire;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every tick, polls the due sources on a virtual thread of its own (as the partner channels do).
 */
@Component
@ConditionalOnProperty(name = "warta.wires.scheduled", havingValue = "true", matchIfMissing = true)
class WireScheduler implements SchedulingConfigurer {
  private static final Logger log = LoggerFactory.getLogger(WireScheduler.class);

  private final WirePoller poller;
  private final WireProperties properties;
  private final AtomicBoolean running = new AtomicBoolean();

  WireScheduler(WirePoller poller, WireProperties properties) {
    this.poller = poller;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(
        new FixedDelayTask(this::tick, properties.tick(), properties.firstTick()));
  }

  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    Thread.ofVirtual()
        .name("wires")
        .start(
            () -> {
              try {
                poller.pollDue();
              } catch (RuntimeException e) {
                log.error("Wire poll failed", e);
              } finally {
                running.set(false);
              }
            });
  }
}
