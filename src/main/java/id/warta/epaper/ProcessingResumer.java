package id.warta.epaper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start of the site, resumes the processing a stop interrupted. Command-line runs leave it to
 * the site: they end before a long run would.
 */
@Component
@ConditionalOnWebApplication
class ProcessingResumer {
  private final EditionProcessor processor;

  ProcessingResumer(EditionProcessor processor) {
    this.processor = processor;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    processor.resumeInterrupted();
  }
}
