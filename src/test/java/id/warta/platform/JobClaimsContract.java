package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.MutableClock;
import id.warta.Race;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes (two claimers with different names on one database) and one background job. Runs on
 * SQLite ({@code JobClaimsTest}) and PostgreSQL ({@code JobClaimsIT}).
 */
abstract class JobClaimsContract {
  @Autowired JdbcClient jdbc;

  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));

  @Test
  void ofTwoNodesRacingForAJobExactlyOneGetsIt() throws Exception {
    var nodeA = node("a");
    var nodeB = node("b");
    for (int round = 0; round < Race.ROUNDS; round++) {
      String job = job();
      var turn = new AtomicInteger();

      var won = Race.twice(() -> (turn.getAndIncrement() == 0 ? nodeA : nodeB).claim(job));

      assertThat(won).as("round " + round).containsExactlyInAnyOrder(true, false);
    }
  }

  @Test
  void aClaimHoldsUntilItExpiresThenAnotherNodeTakesTheJobOver() {
    var died = node("died");
    var survivor = node("survivor");
    String job = job();
    assertThat(died.claim(job)).isTrue();

    clock.advance(Duration.ofMinutes(4));
    assertThat(survivor.claim(job)).isFalse();
    assertThat(survivor.heldElsewhere(job)).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(survivor.claim(job)).as("expired after 5 minutes").isTrue();

    assertThat(died.claim(job)).as("the old holder lost it").isFalse();
  }

  @Test
  void aNodeRenewsItsOwnClaimAndReleasesIt() {
    var worker = node("worker");
    var other = node("other");
    String job = job();
    assertThat(worker.claim(job)).isTrue();
    clock.advance(Duration.ofMinutes(4));
    assertThat(worker.claim(job)).as("renewed").isTrue();
    clock.advance(Duration.ofMinutes(4));
    assertThat(other.claim(job)).as("still held after the renewal").isFalse();

    worker.release(job);

    assertThat(other.claim(job)).isTrue();
  }

  JobClaims node(String name) {
    return new JobClaims(jdbc, clock, new NodeProperties(name, Duration.ofMinutes(5)));
  }

  static String job() {
    return "test:" + UUID.randomUUID();
  }
}
