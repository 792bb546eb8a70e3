package id.warta.wire;

import id.warta.platform.SingleFlight;
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

  private final WireProperties properties;
  private final SingleFlight runs;

  WireScheduler(WirePoller poller, WireProperties properties) {
    this.properties = properties;
    this.runs = new SingleFlight("wires", poller::pollDue, log, "Wire poll failed");
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(
        new FixedDelayTask(this::tick, properties.tick(), properties.firstTick()));
  }

  void tick() {
    runs.start();
  }
}
