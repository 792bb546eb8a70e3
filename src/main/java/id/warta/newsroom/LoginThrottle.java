package id.warta.newsroom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for one account or
 * from one address, further tries are refused for a delay that doubles with every failure (15
 * seconds, 30 seconds, ... up to 15 minutes). Kept in memory: a restart forgives.
 */
@Component
class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration FIRST_DELAY = Duration.ofSeconds(15);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final Cache<String, Failures> failures =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofHours(2)).build();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait, or zero. */
  Duration waitFor(String username, String address) {
    Duration user = waitFor("u:" + username);
    Duration ip = waitFor("a:" + address);
    return user.compareTo(ip) >= 0 ? user : ip;
  }

  private Duration waitFor(String key) {
    Failures f = failures.getIfPresent(key);
    if (f == null || f.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    Instant until = f.last().plus(delay(f.count()));
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }

  static Duration delay(int count) {
    int doublings = Math.min(count - FREE_FAILURES, 10);
    Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {"u:" + username, "a:" + address}) {
      failures.asMap().merge(key, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    }
  }

  void succeeded(String username) {
    failures.invalidate("u:" + username);
  }
}
