package id.warta.newsroom;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who started each article in the newsroom (writers may edit only their own drafts). */
@Repository
class ArticleOwners {
  private final JdbcClient jdbc;

  ArticleOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void set(long articleId, long userId) {
    jdbc.sql("INSERT INTO article_owner (article_id, user_id) VALUES (:a, :u)")
        .param("a", articleId)
        .param("u", userId)
        .update();
  }

  Optional<Long> find(long articleId) {
    return jdbc.sql("SELECT user_id FROM article_owner WHERE article_id = :a")
        .param("a", articleId)
        .query(Long.class)
        .optional();
  }
}
