package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The tests hash passwords at BCrypt's lowest cost (src/test/resources/config); what the packaged
 * application uses is its own properties' cost, 11.
 */
class PasswordCostTest {
  @Test
  void theApplicationHashesNewsroomPasswordsAtCostEleven() throws IOException {
    var properties = new Properties();
    try (var in = new ClassPathResource("application.properties").getInputStream()) {
      properties.load(in);
    }
    int cost = Integer.parseInt(properties.getProperty("warta.newsroom.password-cost"));
    String hash = new NewsroomConfiguration().passwordEncoder(cost).encode("kata sandi uji 1");
    assertThat(hash).startsWith("{bcrypt}$2a$11$");
    assertThat(new NewsroomConfiguration().passwordEncoder(cost).matches("kata sandi uji 1", hash))
        .isTrue();
  }
}
