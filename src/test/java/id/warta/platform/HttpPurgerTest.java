package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Purges sent to a cache that is down at first: retried until acknowledged, nothing lost. */
class HttpPurgerTest {
  HttpServer server;
  volatile boolean up;
  final List<String> methods = new CopyOnWriteArrayList<>();
  final List<String> refused = new CopyOnWriteArrayList<>();
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final List<String> tokens = new CopyOnWriteArrayList<>();
  final CountDownLatch firstRefusal = new CountDownLatch(1);
  volatile CountDownLatch allAcknowledged;
  volatile Set<String> expected;
  volatile String keyHeader;
  HttpPurger purger;

  @BeforeEach
  void startCache() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          methods.add(exchange.getRequestMethod());
          String keys = exchange.getRequestHeaders().getFirst(keyHeader);
          String token = exchange.getRequestHeaders().getFirst("Fastly-Key");
          if (token != null) {
            tokens.add(token);
          }
          if (!up) {
            refused.add(keys);
            firstRefusal.countDown();
            exchange.sendResponseHeaders(503, -1);
          } else {
            acknowledged.addAll(List.of(keys.split(" ")));
            if (acknowledged.containsAll(expected)) {
              allAcknowledged.countDown();
            }
            exchange.sendResponseHeaders(200, -1);
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    if (purger != null) {
      purger.destroy();
    }
    server.stop(0);
  }

  @Test
  void varnishGetsEveryKeyOnceItIsBackUp() throws Exception {
    keyHeader = "xkey";
    expect("a:1", "articles", "section:3");
    purger = purger(new PurgeProperties.Target(PurgeProperties.Kind.VARNISH, url(), null, null));

    purger.changed(Set.of("a:1", "articles"));
    assertThat(firstRefusal.await(10, TimeUnit.SECONDS)).isTrue();
    purger.changed(Set.of("section:3", "articles"));
    up = true;

    assertThat(allAcknowledged.await(10, TimeUnit.SECONDS))
        .as("acknowledged: " + acknowledged)
        .isTrue();
    assertThat(methods).containsOnly("PURGE");
    assertThat(refused.getFirst().split(" ")).containsExactlyInAnyOrder("a:1", "articles");
  }

  @Test
  void aFastlyStyleCacheGetsAPostWithSurrogateKeyAndItsToken() throws Exception {
    keyHeader = "Surrogate-Key";
    up = true;
    expect("tag:7", "author:2");
    purger =
        purger(new PurgeProperties.Target(PurgeProperties.Kind.FASTLY, url(), "rahasia", null));

    purger.changed(Set.of("tag:7", "author:2"));

    assertThat(allAcknowledged.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(methods).containsOnly("POST");
    assertThat(tokens).containsOnly("rahasia");
  }

  private void expect(String... keys) {
    expected = Set.of(keys);
    allAcknowledged = new CountDownLatch(1);
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/service/uji/purge");
  }

  private static HttpPurger purger(PurgeProperties.Target target) {
    return new HttpPurger(
        new PurgeProperties(
            List.of(target),
            100,
            Duration.ofMillis(20),
            Duration.ofMillis(200),
            Duration.ofSeconds(5)));
  }
}
