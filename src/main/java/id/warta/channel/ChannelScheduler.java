package id.warta.channel;

import id.warta.platform.SingleFlight;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every tick, fetches the enabled channels whose refresh interval has passed. The work runs on a
 * virtual thread of its own, so a slow partner never holds up the application's other scheduled
 * jobs, and a tick is skipped while the previous one is still fetching. The first tick comes a
 * while after start: startup never waits on a partner.
 */
@Component
@ConditionalOnProperty(
    name = "warta.channels.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class ChannelScheduler implements SchedulingConfigurer {
  private static final Logger log = LoggerFactory.getLogger(ChannelScheduler.class);

  private final ChannelProperties properties;
  private final SingleFlight runs;

  ChannelScheduler(ChannelRefresher refresher, ChannelProperties properties, Clock clock) {
    this.properties = properties;
    this.runs =
        new SingleFlight(
            "partner-feeds",
            () -> refresher.refreshDue(clock.instant()),
            log,
            "Partner feed refresh failed");
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
