package id.warta.search;

import id.warta.epaper.Edition;
import id.warta.platform.ChangeListener;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the e-paper pages' index in line with the ready editions: on start (in the background) and
 * whenever the change feed says the e-paper changed, whichever node or process changed it. Off in
 * commands, like {@link SearchIndexUpdater}. A failure is logged: the next change or start repairs
 * it, since every sync compares the whole list.
 */
@Component
@ConditionalOnProperty(
    name = "warta.search.live-updates",
    havingValue = "true",
    matchIfMissing = true)
class EpaperSearchUpdater implements ChangeListener {
  private static final Logger log = LoggerFactory.getLogger(EpaperSearchUpdater.class);

  private final EpaperSearch search;

  EpaperSearchUpdater(EpaperSearch search) {
    this.search = search;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    Thread.ofVirtual().name("epaper-search-startup").start(this::sync);
  }

  @Override
  public void changed(Set<String> keys) {
    if (keys.contains(Edition.KEY)) {
      sync();
    }
  }

  @Override
  public Stage stage() {
    return Stage.SOURCE;
  }

  private void sync() {
    try {
      var outcome = search.sync();
      if (outcome.added() + outcome.removed() > 0) {
        log.info(
            "E-paper search: {} editions indexed, {} removed in {} ms",
            outcome.added(),
            outcome.removed(),
            outcome.took().toMillis());
      }
    } catch (RuntimeException e) {
      log.error("E-paper search index not brought up to date; the next e-paper change retries", e);
    }
  }
}
