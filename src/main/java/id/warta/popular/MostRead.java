package id.warta.popular;

import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** "Berita Populer": the most read of the last 24 hours, or of 7 days when too few were read. */
@Service
public class MostRead {
  static final Duration RECENT = Duration.ofHours(24);
  static final Duration FALLBACK = Duration.ofDays(7);

  private final PageViewRepository views;
  private final PublishedArticles articles;
  private final Clock clock;

  MostRead(PageViewRepository views, PublishedArticles articles, Clock clock) {
    this.views = views;
    this.articles = articles;
    this.clock = clock;
  }

  public List<ArticleSummary> top(int limit) {
    Instant now = clock.instant();
    List<ArticleSummary> top = published(now.minus(RECENT), now, limit);
    if (top.size() < limit) {
      top = published(now.minus(FALLBACK), now, limit);
    }
    return top;
  }

  /** The most read that readers can still see; a withdrawn article gives its place up. */
  private List<ArticleSummary> published(Instant since, Instant until, int limit) {
    List<Long> ids = views.mostViewed(since, until, limit * 2 + 5);
    return articles.findPublishedSummaries(ids).stream().limit(limit).toList();
  }

  public long totalViews(long articleId) {
    return views.viewsOf(articleId);
  }
}
