package id.warta.newsroom;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans the newsroom needs with or without the web server (commands use them too). */
@Configuration(proxyBeanMethods = false)
class NewsroomConfiguration {
  /**
   * Hashes carry their algorithm ("{bcrypt}$2a$11$..."), so a stronger one can take over later
   * while older hashes keep working. Hashes stored before the prefix was written are BCrypt: they
   * are still accepted and rewritten with the prefix at the account's next login.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    var bcrypt = new BCryptPasswordEncoder(11);
    var encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    encoder.setDefaultPasswordEncoderForMatches(bcrypt);
    return encoder;
  }
}
