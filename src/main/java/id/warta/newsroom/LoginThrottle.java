package id.warta.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without locking people out. Failures are counted in the database
 * (every node sees them) per account and client address pair, per account and per address. Past the
 * free failures of a counter the next try must wait, 15 seconds doubling with every further failure
 * up to 15 minutes:
 *
 * <ul>
 *   <li>the pair's own counter ({@value #PAIR_FREE} free) holds back that account from that address
 *       only: typos behind an office NAT never hold back colleagues;
 *   <li>the account's counter and the address's counter ({@value #WIDE_FREE} free each) catch
 *       guessing spread over many addresses or many accounts, and hold back only addresses the
 *       account has never signed in from.
 * </ul>
 *
 * A correct password from an address the account signed in from before is never held back by
 * failures others caused: it is checked even while a counter says wait. A success forgets the
 * pair's, the account's and the address's failures and remembers the address as known.
 */
@Component
class LoginThrottle {
  static final int PAIR_FREE = 5;
  static final int WIDE_FREE = 20;
  static final Duration FIRST_DELAY = Duration.ofSeconds(15);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  /** Failures older than this are forgotten. */
  static final Duration MEMORY = Duration.ofDays(1);

  private static final int SUBJECT_MAX = 300;

  private final JdbcClient jdbc;
  private final Clock clock;

  LoginThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** How long this account must still wait before trying again from this address, or zero. */
  Duration waitFor(String username, String address) {
    Duration wait = waitFor("pair", pair(username, address), PAIR_FREE);
    if (!isKnown(username, address)) {
      wait = max(wait, waitFor("account", username, WIDE_FREE));
      wait = max(wait, waitFor("address", address, WIDE_FREE));
    }
    return wait;
  }

  /** Whether the account signed in from this address before. */
  boolean isKnown(String username, String address) {
    return jdbc.sql("SELECT COUNT(*) FROM login_known_address WHERE username = :u AND address = :a")
            .param("u", username)
            .param("a", address)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional
  void failed(String username, String address) {
    Instant now = clock.instant();
    long cutoff = now.minus(MEMORY).toEpochMilli();
    jdbc.sql("DELETE FROM login_failure WHERE last_failed_at < :cutoff")
        .param("cutoff", cutoff)
        .update();
    count("pair", pair(username, address), now);
    count("account", username, now);
    count("address", address, now);
  }

  @Transactional
  void succeeded(String username, String address) {
    jdbc.sql(
            """
            DELETE FROM login_failure
            WHERE (scope = 'pair' AND subject = :pair) OR (scope = 'account' AND subject = :u)
               OR (scope = 'address' AND subject = :a)
            """)
        .param("pair", subject(pair(username, address)))
        .param("u", subject(username))
        .param("a", subject(address))
        .update();
    jdbc.sql(
            """
            INSERT INTO login_known_address (username, address, last_success_at)
            VALUES (:u, :a, :now)
            ON CONFLICT (username, address) DO UPDATE SET last_success_at = :now
            """)
        .param("u", username)
        .param("a", address)
        .param("now", clock.instant().toEpochMilli())
        .update();
  }

  static Duration delay(int count, int free) {
    int doublings = Math.min(count - free, 10);
    Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  private Duration waitFor(String scope, String subject, int free) {
    record Failures(int count, Instant last) {}
    Optional<Failures> found =
        jdbc.sql(
                "SELECT failures, last_failed_at FROM login_failure WHERE scope = :scope AND"
                    + " subject = :s")
            .param("scope", scope)
            .param("s", subject(subject))
            .query((rs, n) -> new Failures(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2))))
            .optional();
    if (found.isEmpty() || found.get().count() < free) {
      return Duration.ZERO;
    }
    Instant until = found.get().last().plus(delay(found.get().count(), free));
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private void count(String scope, String subject, Instant now) {
    jdbc.sql(
            """
            INSERT INTO login_failure (scope, subject, failures, last_failed_at)
            VALUES (:scope, :s, 1, :now)
            ON CONFLICT (scope, subject)
            DO UPDATE SET failures = login_failure.failures + 1, last_failed_at = :now
            """)
        .param("scope", scope)
        .param("s", subject(subject))
        .param("now", now.toEpochMilli())
        .update();
  }

  private static String pair(String username, String address) {
    return address + " " + username;
  }

  private static String subject(String value) {
    return value.length() > SUBJECT_MAX ? value.substring(0, SUBJECT_MAX) : value;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
