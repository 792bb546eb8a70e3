package id.warta.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Warta keeps files. With several nodes, the media directory is the one store they all use (a
 * shared volume), and the data directory is each node's own (its search index).
 *
 * @param dataDir the SQLite database, the search index and, by default, media files
 * @param mediaDir uploaded media and their renditions, e-paper pages and PDFs; defaults to {@code
 *     <dataDir>/media}
 */
@ConfigurationProperties("warta")
public record StorageProperties(@DefaultValue("./data") Path dataDir, Path mediaDir) {

  public StorageProperties {
    if (mediaDir == null) {
      mediaDir = dataDir.resolve("media");
    }
  }

  /** The part of the shared store that is never served at /media/ (e-paper PDFs, locks). */
  public Path privateMediaDir() {
    return mediaDir.resolve(PRIVATE);
  }

  /** The name of {@link #privateMediaDir()} inside the media directory. */
  public static final String PRIVATE = "private";
}
