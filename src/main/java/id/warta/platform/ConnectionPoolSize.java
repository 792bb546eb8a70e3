package id.warta.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How many database connections the pool keeps ({@code
 * spring.datasource.hikari.maximum-pool-size}): {@code WARTA_DB_POOL} when set; otherwise 4 on
 * SQLite, whose statements run in this process, and 10 (HikariCP's own default) on PostgreSQL,
 * whose statements wait on another process: with 4, sixteen readers at once queued for a
 * connection, and an uncached article's p99 was lower with 10 in five of six alternating rounds at
 * a million articles (the deepest section page too); on SQLite 10 changed nothing. Set as the last
 * property source, so any other setting of the property wins.
 */
public class ConnectionPoolSize implements EnvironmentPostProcessor {
  static final String PROPERTY = "spring.datasource.hikari.maximum-pool-size";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty("WARTA_DB_POOL");
    String url = environment.getProperty("spring.datasource.url", "");
    String size =
        configured != null && !configured.isBlank()
            ? configured.strip()
            : url.startsWith("jdbc:postgresql:") ? "10" : "4";
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("warta-connection-pool", Map.of(PROPERTY, size)));
  }
}
