package id.warta.newsroom;

import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {
  private static final String COLUMNS = "id, username, display_name, role, enabled, author_id";

  private static final RowMapper<NewsroomUser> USER =
      (rs, n) -> {
        long author = rs.getLong("author_id");
        Long authorId = rs.wasNull() ? null : author;
        return new NewsroomUser(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("display_name"),
            Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"),
            authorId);
      };

  /** An account with its password hash, for logging in only. */
  record Credentials(NewsroomUser user, String passwordHash) {}

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM newsroom_user").query(Long.class).single();
  }

  List<NewsroomUser> findAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM newsroom_user ORDER BY username")
        .query(USER)
        .list();
  }

  Optional<NewsroomUser> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM newsroom_user WHERE id = :id")
        .param("id", id)
        .query(USER)
        .optional();
  }

  Optional<NewsroomUser> findByUsername(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM newsroom_user WHERE username = :u")
        .param("u", username)
        .query(USER)
        .optional();
  }

  Optional<Credentials> findCredentials(String username) {
    return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM newsroom_user WHERE username = :u")
        .param("u", username)
        .query((rs, n) -> new Credentials(USER.mapRow(rs, n), rs.getString("password_hash")))
        .optional();
  }

  Optional<String> findPasswordHash(long id) {
    return jdbc.sql("SELECT password_hash FROM newsroom_user WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  long insert(
      String username, String displayName, String hash, Role role, Long authorId, Instant now) {
    return jdbc.sql(
            """
            INSERT INTO newsroom_user (username, display_name, password_hash, role, enabled,
                                       author_id, created_at, updated_at)
            VALUES (:username, :name, :hash, :role, TRUE, :author, :now, :now)
            RETURNING id
            """)
        .param("username", username)
        .param("name", displayName)
        .param("hash", hash)
        .param("role", role.name())
        .param("author", authorId)
        .param("now", now.toEpochMilli())
        .query(Long.class)
        .single();
  }

  void update(long id, String displayName, Role role, boolean enabled, Long authorId, Instant now) {
    jdbc.sql(
            """
            UPDATE newsroom_user
            SET display_name = :name, role = :role, enabled = :enabled, author_id = :author,
                updated_at = :now
            WHERE id = :id
            """)
        .param("name", displayName)
        .param("role", role.name())
        .param("enabled", enabled)
        .param("author", authorId)
        .param("now", now.toEpochMilli())
        .param("id", id)
        .update();
  }

  void updatePassword(long id, String hash, Instant now) {
    jdbc.sql("UPDATE newsroom_user SET password_hash = :hash, updated_at = :now WHERE id = :id")
        .param("hash", hash)
        .param("now", now.toEpochMilli())
        .param("id", id)
        .update();
  }

  void updatePasswordHash(String username, String hash) {
    jdbc.sql("UPDATE newsroom_user SET password_hash = :hash WHERE username = :u")
        .param("hash", hash)
        .param("u", username)
        .update();
  }

  long countEnabledAdmins() {
    return jdbc.sql("SELECT COUNT(*) FROM newsroom_user WHERE role = 'ADMIN' AND enabled = TRUE")
        .query(Long.class)
        .single();
  }
}
