package id.warta.newsroom;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each newsroom user typed into the editor and has not saved yet, kept on the server so it can
 * be restored in any browser: one copy per user and article, the new-article form being article 0.
 * Each write replaces the copy (an upsert); a save of the article deletes it.
 */
@Repository
public class Autosaves {
  /** The key of the new-article form. */
  public static final long NEW_ARTICLE = 0;

  /** Largest copy kept, in characters: an article body fits many times over. */
  public static final int MAX_FIELDS = 2_000_000;

  /** A kept copy: the form fields as JSON, and when they were kept. */
  public record Autosave(String fields, Instant savedAt) {}

  private final JdbcClient jdbc;

  Autosaves(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void keep(long userId, long articleKey, String fields, Instant now) {
    if (fields.length() > MAX_FIELDS) {
      throw new IllegalArgumentException("Ketikan terlalu panjang untuk disimpan otomatis.");
    }
    jdbc.sql(
            """
            INSERT INTO article_autosave (user_id, article_key, fields, saved_at)
            VALUES (:user, :article, :fields, :now)
            ON CONFLICT (user_id, article_key)
            DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at
            """)
        .param("user", userId)
        .param("article", articleKey)
        .param("fields", fields)
        .param("now", now.toEpochMilli())
        .update();
  }

  public Optional<Autosave> find(long userId, long articleKey) {
    return jdbc.sql(
            "SELECT fields, saved_at FROM article_autosave WHERE user_id = :user AND article_key ="
                + " :article")
        .param("user", userId)
        .param("article", articleKey)
        .query(
            (rs, n) ->
                new Autosave(rs.getString("fields"), Instant.ofEpochMilli(rs.getLong("saved_at"))))
        .optional();
  }

  @Transactional
  public void discard(long userId, long articleKey) {
    jdbc.sql("DELETE FROM article_autosave WHERE user_id = :user AND article_key = :article")
        .param("user", userId)
        .param("article", articleKey)
        .update();
  }
}
