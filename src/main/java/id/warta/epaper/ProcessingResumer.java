package id.warta.epaper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On start of the site, resumes the processing a stop interrupted; and every {@code
 * warta.epaper.resume-every}, what a node that died left (its claim expired, see {@link
 * EditionProcessor#process}). Command-line runs leave it to the site: they end before a long run
 * would.
 */
@Component
@ConditionalOnWebApplication
class ProcessingResumer {
  private static final Logger log = LoggerFactory.getLogger(ProcessingResumer.class);
  private final EditionProcessor processor;

  ProcessingResumer(EditionProcessor processor) {
    this.processor = processor;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    processor.resumeInterrupted();
  }

  @Scheduled(
      fixedDelayString = "${warta.epaper.resume-every:1m}",
      initialDelayString = "${warta.epaper.resume-every:1m}")
  void resumeLeftByOtherNodes() {
    try {
      processor.resumeInterrupted();
    } catch (RuntimeException e) {
      log.warn("Looking for interrupted e-paper processing failed; trying again later", e);
    }
  }
}
