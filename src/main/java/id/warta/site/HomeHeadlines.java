package id.warta.site;

import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The home page's headline stories: the editors' pinned stories in their order, filled up with the
 * latest news when fewer are pinned (or pinned ones were unpublished).
 */
@Component
class HomeHeadlines {
  private final PublishedArticles articles;

  HomeHeadlines(PublishedArticles articles) {
    this.articles = articles;
  }

  List<ArticleSummary> stories(int count) {
    List<ArticleSummary> stories = new ArrayList<>(articles.findHeadlines());
    if (stories.size() > count) {
      return stories.subList(0, count);
    }
    for (ArticleSummary latest : articles.findPublished(ArticleQuery.ALL, 0, count * 2)) {
      if (stories.size() >= count) {
        break;
      }
      if (stories.stream().noneMatch(s -> s.id() == latest.id())) {
        stories.add(latest);
      }
    }
    return stories;
  }
}
