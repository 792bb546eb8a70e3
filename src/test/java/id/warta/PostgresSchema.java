package id.warta;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/** Creates a schema of its own for a test context on PostgreSQL and drops it afterwards. */
public class PostgresSchema
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  static final String DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String schema = "warta_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + schema);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "postgresSchema",
                Map.of(
                    "spring.datasource.url",
                    DATABASE_URL + "?currentSchema=" + schema,
                    "spring.datasource.username",
                    USER,
                    "spring.datasource.password",
                    "",
                    "spring.flyway.schemas",
                    schema)));
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            // Runs after the pool is closed (beans are destroyed first is not guaranteed),
            // so drop the schema on a fresh connection.
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          }
        });
  }

  static void execute(String sql) {
    try (var connection = DriverManager.getConnection(DATABASE_URL, USER, "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
    }
  }
}
