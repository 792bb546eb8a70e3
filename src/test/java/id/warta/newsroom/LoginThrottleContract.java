package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.MutableClock;
import id.warta.article.TestContent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The login throttle's counters as every node sees them in the database; runs on SQLite ({@code
 * LoginThrottleTest}) and PostgreSQL ({@code LoginThrottleIT}). Two throttles on one database stand
 * for two nodes.
 */
abstract class LoginThrottleContract {
  @Autowired JdbcClient jdbc;

  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

  LoginThrottle node() {
    return new LoginThrottle(jdbc, clock);
  }

  static String account() {
    return TestContent.unique("akun").replace(' ', '-');
  }

  @Test
  void failuresOnOneNodeSlowDownThePairOnAnother() {
    var a = node();
    var b = node();
    String user = account();
    for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) {
      assertThat(b.waitFor(user, "10.20.0.1")).isZero();
      a.failed(user, "10.20.0.1");
    }

    assertThat(b.waitFor(user, "10.20.0.1")).hasSeconds(15);
    assertThat(b.waitFor(user, "10.20.0.2")).isZero();
    assertThat(b.waitFor(account(), "10.20.0.1")).isZero();
    clock.advance(Duration.ofSeconds(15));
    assertThat(b.waitFor(user, "10.20.0.1")).isZero();
    b.failed(user, "10.20.0.1");
    assertThat(a.waitFor(user, "10.20.0.1")).hasSeconds(30);
  }

  @Test
  void manyAddressesGuessingOneAccountSlowDownOnlyAddressesItNeverUsed() {
    var throttle = node();
    String user = account();
    throttle.succeeded(user, "10.21.0.1");
    for (int i = 0; i < LoginThrottle.WIDE_FREE; i++) {
      throttle.failed(user, "10.21.1." + i);
    }

    assertThat(throttle.waitFor(user, "10.21.2.1")).hasSeconds(15);
    assertThat(throttle.waitFor(user, "10.21.0.1")).isZero();
  }

  @Test
  void aSuccessForgetsTheAddressCounterAndThePair() {
    var throttle = node();
    String colleague = account();
    String newcomer = account();
    throttle.succeeded(colleague, "10.22.0.1");
    for (int i = 0; i < LoginThrottle.WIDE_FREE; i++) {
      throttle.failed(account(), "10.22.0.1");
    }
    for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) {
      throttle.failed(colleague, "10.22.0.1");
    }
    assertThat(throttle.waitFor(newcomer, "10.22.0.1")).isPositive();

    throttle.succeeded(colleague, "10.22.0.1");

    assertThat(throttle.waitFor(newcomer, "10.22.0.1")).isZero();
    assertThat(throttle.waitFor(colleague, "10.22.0.1")).isZero();
    assertThat(throttle.isKnown(colleague, "10.22.0.1")).isTrue();
    assertThat(throttle.isKnown(newcomer, "10.22.0.1")).isFalse();
  }

  @Test
  void failuresOlderThanADayAreForgotten() {
    var throttle = node();
    String user = account();
    for (int i = 0; i < 12; i++) {
      throttle.failed(user, "10.23.0.1");
    }
    clock.advance(LoginThrottle.MEMORY.plusMinutes(1));
    throttle.failed(account(), "10.23.9.9"); // any failure sweeps old rows

    assertThat(throttle.waitFor(user, "10.23.0.1")).isZero();
    throttle.failed(user, "10.23.0.1");
    assertThat(throttle.waitFor(user, "10.23.0.1")).isZero();
  }

  @Test
  void growingDelay() {
    assertThat(LoginThrottle.delay(5, 5)).hasSeconds(15);
    assertThat(LoginThrottle.delay(6, 5)).hasSeconds(30);
    assertThat(LoginThrottle.delay(7, 5)).hasSeconds(60);
    assertThat(LoginThrottle.delay(50, 5)).isEqualTo(LoginThrottle.MAX_DELAY);
  }
}
