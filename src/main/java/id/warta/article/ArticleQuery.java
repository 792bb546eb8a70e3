package id.warta.article;

import java.time.Instant;

/**
 * Which published articles a list shows; every field is optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record ArticleQuery(Long sectionId, Long tagId, Long authorId, Instant from, Instant to) {
  public static final ArticleQuery ALL = new ArticleQuery(null, null, null, null, null);

  public static ArticleQuery section(long id) {
    return new ArticleQuery(id, null, null, null, null);
  }

  public static ArticleQuery tag(long id) {
    return new ArticleQuery(null, id, null, null, null);
  }

  public static ArticleQuery author(long id) {
    return new ArticleQuery(null, null, id, null, null);
  }

  public static ArticleQuery between(Instant from, Instant to) {
    return new ArticleQuery(null, null, null, from, to);
  }
}
