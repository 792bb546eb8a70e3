package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The pool's size on each database, and that an operator's setting wins. */
class ConnectionPoolSizeTest {
  static String poolSize(Map<String, Object> properties) {
    var environment = new MockEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
    new ConnectionPoolSize().postProcessEnvironment(environment, new SpringApplication());
    return environment.getProperty(ConnectionPoolSize.PROPERTY);
  }

  @Test
  void fourOnSqliteAndTenOnPostgresql() {
    assertThat(poolSize(Map.of("spring.datasource.url", "jdbc:sqlite:./data/warta.db")))
        .isEqualTo("4");
    assertThat(poolSize(Map.of())).isEqualTo("4");
    assertThat(poolSize(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/warta")))
        .isEqualTo("10");
  }

  @Test
  void theOperatorsSettingWins() {
    assertThat(
            poolSize(
                Map.of(
                    "spring.datasource.url",
                    "jdbc:postgresql://db/warta",
                    "WARTA_DB_POOL",
                    " 24 ")))
        .isEqualTo("24");
    assertThat(
            poolSize(
                Map.of(
                    "spring.datasource.url",
                    "jdbc:postgresql://db/warta",
                    ConnectionPoolSize.PROPERTY,
                    "3")))
        .isEqualTo("3");
  }
}
