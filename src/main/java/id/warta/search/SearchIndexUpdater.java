package id.warta.search;

import id.warta.article.ArticleKeys;
import id.warta.platform.ChangeListener;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows article changes from the change feed, so the index never shows what was rolled back, and
 * an article written by another process (a command run while the site is up) is indexed by the
 * site. Applied before the caches (stage SOURCE): related articles read the index. A failure here
 * is logged, not passed to the editor whose save already succeeded: the next start's catch-up
 * repairs the index. Off in commands, which never open the index the site holds.
 */
@Component
@ConditionalOnProperty(
    name = "warta.search.live-updates",
    havingValue = "true",
    matchIfMissing = true)
class SearchIndexUpdater implements ChangeListener {
  private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdater.class);

  private final SearchIndex index;

  SearchIndexUpdater(SearchIndex index) {
    this.index = index;
  }

  @Override
  public void changed(Set<String> keys) {
    for (String key : keys) {
      Long articleId = ArticleKeys.articleId(key);
      if (articleId != null) {
        update(articleId);
      }
    }
  }

  @Override
  public Stage stage() {
    return Stage.SOURCE;
  }

  private void update(long articleId) {
    try {
      index.update(articleId);
    } catch (RuntimeException e) {
      log.error(
          "Search index not updated for article {}; catch-up on next start repairs it",
          articleId,
          e);
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
