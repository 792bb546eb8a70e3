package id.warta.popular;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class PageViewRepository {
  static final long HOUR_MILLIS = 3_600_000L;

  private final JdbcClient jdbc;

  PageViewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  void add(long hour, Map<Long, Long> viewsByArticle) {
    for (var entry : viewsByArticle.entrySet()) {
      jdbc.sql(
              """
              INSERT INTO article_view_hour (article_id, hour, views)
              VALUES (:article, :hour, :views)
              ON CONFLICT (article_id, hour) DO UPDATE
              SET views = article_view_hour.views + excluded.views
              """)
          .param("article", entry.getKey())
          .param("hour", hour)
          .param("views", entry.getValue())
          .update();
    }
  }

  /** Which of these articles exist, asked 1,000 ids at a time (both databases cap parameters). */
  List<Long> existingArticles(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<Long> existing = new ArrayList<>();
    for (int from = 0; from < all.size(); from += 1_000) {
      existing.addAll(
          jdbc.sql("SELECT id FROM article WHERE id IN (:ids)")
              .param("ids", all.subList(from, Math.min(all.size(), from + 1_000)))
              .query(Long.class)
              .list());
    }
    return existing;
  }

  /**
   * Article ids by views between the two instants, most read first. Whether they are still
   * published is for the caller to check: joining articles here makes SQLite walk them all.
   */
  List<Long> mostViewed(Instant since, Instant until, int limit) {
    return jdbc.sql(
            """
            SELECT article_id
            FROM article_view_hour
            WHERE hour >= :since AND hour <= :until
            GROUP BY article_id
            ORDER BY SUM(views) DESC, article_id DESC
            LIMIT :limit
            """)
        .param("since", since.toEpochMilli() / HOUR_MILLIS)
        .param("until", until.toEpochMilli() / HOUR_MILLIS)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  long viewsOf(long articleId) {
    return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM article_view_hour WHERE article_id = :id")
        .param("id", articleId)
        .query(Long.class)
        .single();
  }
}
