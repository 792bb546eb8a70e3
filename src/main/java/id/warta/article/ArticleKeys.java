package id.warta.article;

import java.util.Collection;
import java.util.List;

/**
 * The surrogate keys of what the content model changes (see platform.Changes): a page or feed names
 * the keys of what it shows, and a write records the keys of what it changed.
 */
public final class ArticleKeys {
  /** Every list of the newest published articles (home, Indeks, Berita Terkini, feeds). */
  public static final String ARTICLES = "articles";

  /** The home page's pinned headline stories. */
  public static final String HEADLINES = "headlines";

  private static final String ARTICLE_PREFIX = "a:";

  private ArticleKeys() {}

  public static String article(long id) {
    return ARTICLE_PREFIX + id;
  }

  public static List<String> articles(Collection<ArticleSummary> articles) {
    return articles.stream().map(a -> article(a.id())).toList();
  }

  /** The article an "a:42" key names, or null for any other key. */
  public static Long articleId(String key) {
    if (!key.startsWith(ARTICLE_PREFIX)) {
      return null;
    }
    try {
      return Long.parseLong(key.substring(ARTICLE_PREFIX.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static String tag(long id) {
    return "tag:" + id;
  }
}
