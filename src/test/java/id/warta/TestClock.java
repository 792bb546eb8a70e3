package id.warta;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's {@link Clock} in tests: a {@link MutableClock} that follows the system clock
 * until a test moves it. The context is shared, so a test that moves it resets it afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

  @Bean
  @Primary
  MutableClock testClock() {
    return MutableClock.system();
  }
}
