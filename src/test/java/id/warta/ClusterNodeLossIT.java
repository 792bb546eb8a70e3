package id.warta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a cluster promises when a node goes: a node stopped catches up before it takes readers
 * again, and nothing acknowledged before a node is killed is lost to the other node or to Varnish.
 * On the JVM's shared {@link Cluster}; this class leaves node1 dead (a later class gets it back
 * from {@link Cluster#up}).
 */
@ExtendWith({PostgresAvailable.class, Cluster.Shared.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterNodeLossIT {
  /** Varnish notices a dead node after two failed probes a second apart. */
  private static final Duration FAILOVER = Duration.ofSeconds(10);

  private Cluster cluster;

  @BeforeAll
  void up(Cluster cluster) {
    this.cluster = cluster;
  }

  @Test
  @Order(1)
  void aNodeStoppedCatchesUpBeforeItSaysItIsReady() {
    cluster.stop("node2");
    var editor = cluster.new Editor(cluster.node1);
    editor.logIn();
    Map<Long, String> whileDown = new LinkedHashMap<>();
    String tag = "Selagi" + Cluster.letters(6);
    for (int i = 0; i < 3; i++) {
      String title = "Selagi Mati " + i + " " + Cluster.letters(5);
      whileDown.put(editor.publish(title, tag), title);
    }
    cluster.up(); // returns once node2 reports ready
    for (var article : whileDown.entrySet()) {
      assertThat(cluster.get(cluster.node2 + "/nasional/" + article.getKey()).body())
          .contains(article.getValue());
      assertThat(cluster.get(cluster.node2 + "/api/articles").body()).contains(article.getValue());
      assertThat(cluster.get(cluster.node2 + "/").body()).contains(article.getValue());
    }
  }

  @Test
  @Order(2)
  void everyPublishAcknowledgedBeforeANodeIsKilledIsOnTheOtherNodeAndThroughVarnish()
      throws Exception {
    var editor = cluster.new Editor(cluster.node1);
    editor.logIn();
    String tag = "Ledakan" + Cluster.letters(6);
    ConcurrentLinkedQueue<Map.Entry<Long, String>> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    CompletableFuture<Void> burst =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 200 && !stop.get(); i++) {
                String title = "Sebelum Mati " + i + " " + Cluster.letters(5);
                try {
                  acknowledged.add(Map.entry(editor.publish(title, tag), title));
                } catch (RuntimeException e) {
                  return; // the node died under this request: not acknowledged
                }
              }
            });
    long deadline = System.nanoTime() + Cluster.START.toNanos();
    while (acknowledged.size() < 5 && System.nanoTime() < deadline && !burst.isDone()) {
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000); // polling pace, not a timing
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5);
    cluster.kill("node1");
    stop.set(true);
    burst.get(1, TimeUnit.MINUTES);
    long killed = System.nanoTime();
    for (var article : acknowledged) {
      cluster.awaitWithin(
          killed,
          FAILOVER,
          cluster.node2 + "/nasional/" + article.getKey(),
          r -> r.body().contains(article.getValue()));
      cluster.awaitWithin(
          killed,
          FAILOVER,
          cluster.varnish + "/nasional/" + article.getKey(),
          r -> r.body().contains(article.getValue()));
      cluster.awaitWithin(
          killed,
          FAILOVER,
          cluster.varnish + "/api/articles",
          r -> r.body().contains(article.getValue()));
    }
  }
}
