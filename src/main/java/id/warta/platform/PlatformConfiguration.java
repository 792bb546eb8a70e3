package id.warta.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /**
   * The scheduled jobs (publishing, change-feed polls, view flushes, index commits, e-paper
   * resumption). On unless {@code warta.scheduling.enabled=false}: tests turn them off and run the
   * job they need by hand, so nothing fires in the middle of a test.
   */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  @ConditionalOnProperty(
      name = "warta.scheduling.enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class Scheduling {}

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Database database(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return Database.fromProductName(connection.getMetaData().getDatabaseProductName());
    }
  }

  /** Replaces Boot's transaction manager: writes take turns on SQLite (see the class). */
  @Bean
  SerializedWriteTransactions transactionManager(DataSource dataSource, Database database) {
    return new SerializedWriteTransactions(dataSource, database);
  }

  /**
   * One set of migrations for both databases: the few words that differ (identity columns) are
   * Flyway placeholders filled in for the database at hand.
   */
  @Bean
  FlywayConfigurationCustomizer dialectPlaceholders(Database database) {
    return configuration -> configuration.placeholders(database.migrationPlaceholders());
  }
}
