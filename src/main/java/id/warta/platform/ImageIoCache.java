package id.warta.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps ImageIO's streams in memory. With its default file cache every image read or written
 * through a stream leaves an {@code imageio*.tmp} file in java.io.tmpdir until the stream is
 * closed, and a killed process leaves them for good; our images are in memory already (uploads are
 * at most 20 MB, renditions and pages are written from pixels), and the pixel budget counts the
 * memory. At start, cache files a killed process left behind are removed; only ones untouched for a
 * while, as another program on the machine may be using ImageIO's cache right now.
 */
@Component
class ImageIoCache {
  private static final Logger log = LoggerFactory.getLogger(ImageIoCache.class);
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private final Path tempDir;
  private final Clock clock;

  @Autowired
  ImageIoCache(Clock clock) {
    this(Path.of(System.getProperty("java.io.tmpdir")), clock);
  }

  ImageIoCache(Path tempDir, Clock clock) {
    this.tempDir = tempDir;
    this.clock = clock;
    ImageIO.setUseCache(false);
  }

  @EventListener(ApplicationReadyEvent.class)
  int removeStaleFiles() {
    Instant before = clock.instant().minus(STALE_AFTER);
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(tempDir, "imageio*.tmp")) {
      for (Path file : files) {
        try {
          if (Files.isRegularFile(file)
              && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
            Files.delete(file);
            removed++;
          }
        } catch (IOException e) {
          // Another user's file, or gone meanwhile: not ours to worry about.
        }
      }
    } catch (IOException e) {
      log.warn("Cannot look for stale ImageIO cache files in {}: {}", tempDir, e.getMessage());
    }
    if (removed > 0) {
      log.info("Removed {} stale ImageIO cache files from {}", removed, tempDir);
    }
    return removed;
  }
}
