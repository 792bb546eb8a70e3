package id.warta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context its own data directory (SQLite file, media, index). */
public class TestDataDirectory
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    try {
      Path base = Path.of("target", "test-data");
      Files.createDirectories(base);
      Path dir = Files.createTempDirectory(base, "warta-");
      String url =
          "jdbc:sqlite:"
              + dir.resolve("warta.db")
              + "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true&synchronous=NORMAL";
      var properties =
          new java.util.HashMap<String, Object>(Map.of("warta.data-dir", dir.toString()));
      if (!context.getEnvironment().containsProperty("warta.test.postgres")) {
        properties.put("spring.datasource.url", url);
      }
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(new MapPropertySource("testDataDirectory", properties));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
