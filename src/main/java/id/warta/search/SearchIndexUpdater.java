package id.warta.search;

import id.warta.article.ArticlePublished;
import id.warta.article.ArticleWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Follows article changes after their transaction commits, so the index never shows what was
 * rolled back. A failure here is logged, not passed to the editor whose save already succeeded:
 * the next start's catch-up repairs the index.
 */
@Component
@ConditionalOnProperty(name = "warta.search.live-updates", havingValue = "true", matchIfMissing = true)
class SearchIndexUpdater {
  private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdater.class);

  private final SearchIndex index;

  SearchIndexUpdater(SearchIndex index) {
    this.index = index;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void published(ArticlePublished event) {
    update(event.articleId());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void withdrawn(ArticleWithdrawn event) {
    update(event.articleId());
  }

  private void update(long articleId) {
    try {
      index.update(articleId);
    } catch (RuntimeException e) {
      log.error("Search index not updated for article {}; catch-up on next start repairs it", articleId, e);
    }
  }

  @Scheduled(fixedDelayString = "${warta.search.commit-every:5s}", initialDelayString = "5s")
  void commit() {
    try {
      index.commitIfChanged();
    } catch (RuntimeException e) {
      log.warn("Search index commit failed", e);
    }
  }
}
