package id.warta.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, first removes what a kill or a failed upload left in the media directory (temporary
 * files, renditions without a row), then gives every image the renditions added since it was
 * uploaded (16x9, 4x3 and 1x1 came with structured data), so no page or feed points to a file that
 * is not there.
 */
@Component
class RenditionBackfill {
  private static final Logger log = LoggerFactory.getLogger(RenditionBackfill.class);

  private final MediaLibrary library;

  RenditionBackfill(MediaLibrary library) {
    this.library = library;
  }

  @EventListener(ApplicationReadyEvent.class)
  void backfill() {
    int removed = library.removeLeftovers();
    if (removed > 0) {
      log.info(
          "Removed {} leftover media files (temporary files, renditions without a row)", removed);
    } else if (removed < 0) {
      log.info(
          "Leftover media files not swept: an upload is in flight; the next start sweeps them");
    }
    int written = library.addMissingRenditions();
    if (written > 0) {
      log.info("Added {} missing image renditions", written);
    }
  }
}
