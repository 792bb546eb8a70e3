package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The guard every in-memory cache relies on: a value loaded before a change is never kept. */
class KeyedCacheTest {
  final KeyedCache<String, String> cache = new KeyedCache<>(100, Duration.ofMinutes(5));

  @Test
  void aValueLoadedBeforeAChangeIsReturnedButNotKept() throws Exception {
    var loading = new CountDownLatch(1);
    var changeApplied = new CountDownLatch(1);
    var read =
        CompletableFuture.supplyAsync(
            () ->
                cache.get(
                    "menu",
                    k -> {
                      loading.countDown();
                      await(changeApplied);
                      return new KeyedCache.Loaded<>("old", Set.of("sections"));
                    }));
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    cache.changed(Set.of("sections"));
    changeApplied.countDown();

    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("old");
    assertThat(cache.holds("menu")).as("the value read before the change is not stored").isFalse();
    assertThat(cache.get("menu", k -> new KeyedCache.Loaded<>("new", Set.of("sections"))))
        .isEqualTo("new");
    assertThat(cache.holds("menu")).isTrue();
  }

  @Test
  void aChangeDropsOnlyTheValuesThatShowOneOfItsKeys() {
    cache.get("home", k -> new KeyedCache.Loaded<>("home", Set.of("a:1", "articles")));
    cache.get("tag", k -> new KeyedCache.Loaded<>("tag", Set.of("tag:3")));

    cache.changed(Set.of("a:1", "section:2"));

    assertThat(cache.holds("home")).isFalse();
    assertThat(cache.holds("tag")).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
