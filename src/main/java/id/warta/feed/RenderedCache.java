package id.warta.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.warta.article.ArticlePublished;
import id.warta.article.ArticleWithdrawn;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds and sitemaps as last written. Crawlers and feed readers poll them often; they change
 * only when an article is published, changed or withdrawn, and then the whole cache is dropped.
 * The minute's expiry covers what no event announces (a section renamed).
 */
@Component
class RenderedCache {
  record Rendered(byte[] body, Instant lastModified) {}

  private final Cache<String, Rendered> cache =
      Caffeine.newBuilder().maximumSize(500).expireAfterWrite(Duration.ofMinutes(1)).build();

  Rendered get(String key, Supplier<Rendered> render) {
    return cache.get(key, k -> render.get());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void published(ArticlePublished event) {
    cache.invalidateAll();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void withdrawn(ArticleWithdrawn event) {
    cache.invalidateAll();
  }
}
