package id.warta.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Creates the data directory and the SQLite file's folder before anything opens them: sqlite-jdbc
 * does not create parent directories, and a fresh machine has no ./data.
 */
public class DataDirectoryPreparer
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    Environment env = event.getEnvironment();
    String dataDir = env.getProperty("warta.data-dir");
    if (dataDir != null && !dataDir.isBlank()) {
      create(Path.of(dataDir));
    }
    String url = env.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:sqlite::memory:")) {
      String file = url.substring("jdbc:sqlite:".length());
      int query = file.indexOf('?');
      if (query >= 0) {
        file = file.substring(0, query);
      }
      if (file.startsWith("file:")) {
        file = file.substring("file:".length());
      }
      Path parent = Path.of(file).toAbsolutePath().getParent();
      if (parent != null) {
        create(parent);
      }
    }
  }

  private static void create(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create data directory " + dir, e);
    }
  }
}
