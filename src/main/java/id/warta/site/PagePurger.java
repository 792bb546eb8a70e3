package id.warta.site;

import id.warta.article.ArticlePublished;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleWithdrawn;
import id.warta.channel.ChannelChanged;
import id.warta.epaper.EditionReady;
import id.warta.platform.CacheTags;
import id.warta.platform.PageCache;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Purges exactly the cached pages that show an article when it is published, changed or
 * withdrawn: its own page, pages that list or link it, the lists it enters (home, Indeks, its
 * section, tags and authors, Berita Terkini) and pages that did not say what they show.
 */
@Component
class PagePurger {
  private final PageCache cache;
  private final ArticleRepository articles;
  private final SiteModules modules;

  PagePurger(PageCache cache, ArticleRepository articles, SiteModules modules) {
    this.cache = cache;
    this.articles = articles;
    this.modules = modules;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ArticlePublished event) {
    modules.invalidate();
    cache.purge(keysOf(event.articleId()));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ArticleWithdrawn event) {
    modules.invalidate();
    cache.purge(keysOf(event.articleId()));
  }

  @EventListener
  void on(ChannelChanged event) {
    modules.invalidate();
    cache.purge(List.of(CacheKeys.CHANNELS));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(EditionReady event) {
    modules.invalidate();
    cache.purge(List.of(CacheKeys.EPAPER));
  }

  List<String> keysOf(long articleId) {
    List<String> keys = new ArrayList<>();
    keys.add(CacheTags.article(articleId));
    keys.add(CacheTags.UNTAGGED);
    keys.add(CacheKeys.HOME);
    keys.add(CacheKeys.INDEKS);
    keys.add(CacheKeys.LATEST);
    articles.findById(articleId).ifPresent(a -> keys.add(CacheKeys.section(a.sectionId())));
    articles.findTags(articleId).forEach(t -> keys.add(CacheKeys.tag(t.id())));
    articles.findAuthors(articleId).forEach(a -> keys.add(CacheKeys.author(a.id())));
    return keys;
  }
}
