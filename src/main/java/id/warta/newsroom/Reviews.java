package id.warta.newsroom;

import id.warta.platform.desk.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who submitted an article for review and when, and the note an editor left when sending it back.
 * One row per article, written with an upsert, so two saves at once never collide.
 */
@Repository
class Reviews {
  /**
   * @param submittedAt null when the article is not (any longer) waiting in the queue
   * @param returnNote the editor's note when it was last sent back, or null
   */
  record Review(
      long articleId,
      String submittedBy,
      Instant submittedAt,
      String returnedBy,
      Instant returnedAt,
      String returnNote) {}

  private final JdbcClient jdbc;

  Reviews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void submitted(long articleId, Actor actor, Instant at) {
    jdbc.sql(
            """
            INSERT INTO article_review (article_id, submitted_by, submitted_name, submitted_at)
            VALUES (:a, :u, :n, :at)
            ON CONFLICT (article_id) DO UPDATE
            SET submitted_by = :u, submitted_name = :n, submitted_at = :at
            """)
        .param("a", articleId)
        .param("u", actor.id())
        .param("n", actor.name())
        .param("at", at.toEpochMilli())
        .update();
  }

  /** Out of the queue without a note: pulled back by its writer, or published. */
  void leftQueue(long articleId) {
    jdbc.sql("UPDATE article_review SET submitted_at = NULL WHERE article_id = :a")
        .param("a", articleId)
        .update();
  }

  void returned(long articleId, Actor actor, Instant at, String note) {
    jdbc.sql(
            """
            INSERT INTO article_review (article_id, returned_name, returned_at, return_note)
            VALUES (:a, :n, :at, :note)
            ON CONFLICT (article_id) DO UPDATE
            SET submitted_at = NULL, returned_name = :n, returned_at = :at, return_note = :note
            """)
        .param("a", articleId)
        .param("n", actor.name())
        .param("at", at.toEpochMilli())
        .param("note", note)
        .update();
  }

  Optional<Review> find(long articleId) {
    return findAll(List.of(articleId)).values().stream().findFirst();
  }

  Map<Long, Review> findAll(List<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            SELECT article_id, submitted_name, submitted_at, returned_name, returned_at, return_note
            FROM article_review WHERE article_id IN (:ids)
            """)
        .param("ids", articleIds)
        .query(
            (rs, n) ->
                new Review(
                    rs.getLong("article_id"),
                    rs.getString("submitted_name"),
                    instant(rs.getLong("submitted_at"), rs.wasNull()),
                    rs.getString("returned_name"),
                    instant(rs.getLong("returned_at"), rs.wasNull()),
                    rs.getString("return_note")))
        .list()
        .stream()
        .collect(Collectors.toMap(Review::articleId, Function.identity()));
  }

  private static Instant instant(long millis, boolean wasNull) {
    return wasNull ? null : Instant.ofEpochMilli(millis);
  }
}
