package id.warta.newsroom;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
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
   * are still accepted and rewritten with the prefix at the account's next login. The cost is
   * BCrypt's 11 (2^11 rounds, about 0.1 s per hash here); the tests lower it, as they hash hundreds
   * of passwords and check the rules, not the cost.
   */
  @Bean
  PasswordEncoder passwordEncoder(@Value("${warta.newsroom.password-cost:11}") int cost) {
    var bcrypt = new BCryptPasswordEncoder(cost);
    var encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    encoder.setDefaultPasswordEncoderForMatches(bcrypt);
    return encoder;
  }
}
