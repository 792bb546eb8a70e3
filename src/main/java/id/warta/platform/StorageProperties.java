package id.warta.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Warta keeps files.
 *
 * @param dataDir the SQLite database, the search index and, by default, media files
 * @param mediaDir uploaded media and their renditions; defaults to {@code <dataDir>/media}
 */
@ConfigurationProperties("warta")
public record StorageProperties(@DefaultValue("./data") Path dataDir, Path mediaDir) {

  public StorageProperties {
    if (mediaDir == null) {
      mediaDir = dataDir.resolve("media");
    }
  }
}
