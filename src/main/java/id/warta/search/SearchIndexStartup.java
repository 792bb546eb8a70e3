package id.warta.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the site has started, brings the index up to date in the background: a rebuild when it is
 * missing, damaged or built differently, else a catch-up. Only for the site: command-line jobs
 * (such as {@code reindex}) do their own.
 *
 * <p>A node that was down catches up before it takes readers: until the catch-up has run, this
 * indicator (in the readiness group, {@code /readyz}) says OUT_OF_SERVICE, so a load balancer sends
 * readers to the other nodes. A rebuild (a missing index: minutes at a million articles) does not
 * hold readiness back: a single node would be down all that time; search is then incomplete until
 * it ends.
 */
@Component("searchCatchUp")
@ConditionalOnWebApplication
class SearchIndexStartup implements HealthIndicator {
  private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

  private final SearchIndex index;
  private volatile boolean caughtUp;

  SearchIndexStartup(SearchIndex index) {
    this.index = index;
  }

  @EventListener(ApplicationReadyEvent.class)
  void bringUpToDate() {
    Thread.ofVirtual().name("search-index-startup").start(this::run);
  }

  @Override
  public Health health() {
    return caughtUp ? Health.up().build() : Health.outOfService().build();
  }

  private void run() {
    try {
      if (index.needsRebuild()) {
        caughtUp = true;
        log.info("Rebuilding the search index in the background");
        var outcome = index.rebuild(new ProgressLog(log));
        log.info(
            "Search index rebuilt: {} articles in {} s",
            outcome.indexed(),
            outcome.took().toSeconds());
      } else {
        var outcome = index.catchUp();
        log.info(
            "Search index caught up: {} indexed, {} removed in {} ms",
            outcome.indexed(),
            outcome.removed(),
            outcome.took().toMillis());
      }
    } catch (RuntimeException e) {
      if (index.isClosed()) {
        // Stopped while rebuilding: nothing was committed, the next start rebuilds again.
        log.info("Search index maintenance stopped: the application is shutting down");
      } else {
        log.error("Search index maintenance failed; search may be incomplete", e);
      }
    } finally {
      caughtUp = true;
    }
  }
}
