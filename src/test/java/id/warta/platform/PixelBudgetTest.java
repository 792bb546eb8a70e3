package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PixelBudgetTest {
  static final long MP = 1_000_000;

  @Test
  void workLargerThanTheWholeBudgetIsRefusedAtOnce() {
    var budget = new PixelBudget(64 * MP, Duration.ofMinutes(5));
    assertThatThrownBy(() -> budget.acquire(65 * MP))
        .isInstanceOf(PixelBudget.NeverFits.class)
        .hasMessage(
            "Perlu 65,0 megapiksel memori gambar, sedangkan server ini hanya menyediakan 64,0"
                + " megapiksel.");
    assertThat(budget.available()).isEqualTo(64 * MP);
  }

  @Test
  void sharesAreGivenBackOnceAndWaitersGetThemFirstComeFirstServed() throws Exception {
    var budget = new PixelBudget(64 * MP, Duration.ofMinutes(5));
    var holder = budget.acquire(40 * MP);
    // A large request first, then a small one that would fit now (24 MP are free): the small
    // one must not pass the large one.
    CompletableFuture<PixelBudget.Share> large = acquireAsync(budget, 60 * MP);
    awaitWaiting(budget, 1);
    CompletableFuture<PixelBudget.Share> small = acquireAsync(budget, 4 * MP);
    awaitWaiting(budget, 2);
    assertThat(large).isNotDone();
    assertThat(small).isNotDone();

    holder.close();
    holder.close();
    var largeShare = large.get(10, TimeUnit.SECONDS);
    assertThat(small.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(budget.available()).isZero();

    largeShare.close();
    small.get().close();
    assertThat(budget.available()).isEqualTo(64 * MP);
  }

  @Test
  void waitingLongerThanTheLimitEndsWithAClearMessage() throws Exception {
    var budget = new PixelBudget(10 * MP, Duration.ofSeconds(1));
    try (var all = budget.acquire(10 * MP)) {
      assertThatThrownBy(() -> budget.acquire(MP))
          .isInstanceOf(PixelBudget.WaitedTooLong.class)
          .hasMessage(
              "Server sedang sibuk memproses gambar lain (menunggu 1 detik untuk 1,0 megapiksel)."
                  + " Coba lagi sebentar lagi.");
    }
  }

  private static CompletableFuture<PixelBudget.Share> acquireAsync(
      PixelBudget budget, long pixels) {
    var future = new CompletableFuture<PixelBudget.Share>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                future.complete(budget.acquire(pixels));
              } catch (Throwable t) {
                future.completeExceptionally(t);
              }
            });
    return future;
  }

  private static void awaitWaiting(PixelBudget budget, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (budget.waiting() < count && System.nanoTime() < deadline) {
      Thread.yield();
    }
    assertThat(budget.waiting()).isEqualTo(count);
  }
}
