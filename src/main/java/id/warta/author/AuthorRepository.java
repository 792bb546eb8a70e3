package id.warta.author;

import id.warta.platform.Slugs;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuthorRepository {
  private static final String COLUMNS = "id, slug, name, bio";

  private final JdbcClient jdbc;

  AuthorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Author> findBySlug(String slug) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM author WHERE slug = :slug")
        .param("slug", slug)
        .query(Author.class)
        .optional();
  }

  public Optional<Author> findByName(String name) {
    return jdbc
        .sql("SELECT " + COLUMNS + " FROM author WHERE name = :name ORDER BY id")
        .param("name", name)
        .query(Author.class)
        .list()
        .stream()
        .findFirst();
  }

  public List<Author> findAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM author ORDER BY name").query(Author.class).list();
  }

  /**
   * The author of that name, or of the slug that name makes ("Nur Aivanni" = "nur aivanni"),
   * created if there is none. The database decides, so two importers naming the same new author at
   * once get the same author, never a second one with a "-2" slug.
   */
  public Author findOrCreate(String name) {
    String slug = Slugs.of(name);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("Nama penulis tidak valid: " + name);
    }
    jdbc.sql(
            """
            INSERT INTO author (slug, name, bio)
            SELECT :slug, :name, '' WHERE NOT EXISTS (SELECT 1 FROM author WHERE name = :name)
            ON CONFLICT (slug) DO NOTHING
            """)
        .param("slug", slug)
        .param("name", name)
        .update();
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM author WHERE name = :name OR slug = :slug"
                + " ORDER BY CASE WHEN name = :name THEN 0 ELSE 1 END, id")
        .param("name", name)
        .param("slug", slug)
        .query(Author.class)
        .list()
        .getFirst();
  }

  /**
   * A new author, even of a name that exists (two people may share one): "-2" and on if need be.
   */
  public Author create(String name, String bio) {
    String base = Slugs.of(name);
    for (int n = 1; ; n++) {
      String slug = n == 1 ? base : base + "-" + n;
      var id =
          jdbc.sql(
                  """
                  INSERT INTO author (slug, name, bio) VALUES (:slug, :name, :bio)
                  ON CONFLICT (slug) DO NOTHING
                  RETURNING id
                  """)
              .param("slug", slug)
              .param("name", name)
              .param("bio", bio)
              .query(Long.class)
              .optional();
      if (id.isPresent()) {
        return new Author(id.get(), slug, name, bio);
      }
    }
  }

  private static final String PROFILE_COLUMNS = "id, slug, name, bio, photo_media_id, links";

  private static final org.springframework.jdbc.core.RowMapper<AuthorProfile> PROFILE =
      (rs, n) -> {
        long photo = rs.getLong("photo_media_id");
        Long photoId = rs.wasNull() ? null : photo;
        return new AuthorProfile(
            rs.getLong("id"),
            rs.getString("slug"),
            rs.getString("name"),
            rs.getString("bio"),
            photoId,
            rs.getString("links"));
      };

  public Optional<AuthorProfile> findProfile(long id) {
    return jdbc.sql("SELECT " + PROFILE_COLUMNS + " FROM author WHERE id = :id")
        .param("id", id)
        .query(PROFILE)
        .optional();
  }

  public Optional<AuthorProfile> findProfileBySlug(String slug) {
    return jdbc.sql("SELECT " + PROFILE_COLUMNS + " FROM author WHERE slug = :slug")
        .param("slug", slug)
        .query(PROFILE)
        .optional();
  }

  /** A new author with this exact slug; empty when the slug is taken (the database decides). */
  Optional<AuthorProfile> insertProfile(
      String slug, String name, String bio, Long photo, String links) {
    return jdbc.sql(
            """
            INSERT INTO author (slug, name, bio, photo_media_id, links)
            VALUES (:slug, :name, :bio, :photo, :links)
            ON CONFLICT (slug) DO NOTHING
            RETURNING\
            """
                + " "
                + PROFILE_COLUMNS)
        .param("slug", slug)
        .param("name", name)
        .param("bio", bio)
        .param("photo", photo)
        .param("links", links)
        .query(PROFILE)
        .optional();
  }

  /** Rewrites an author's profile; empty when there is no such author. */
  Optional<AuthorProfile> updateProfile(
      long id, String slug, String name, String bio, Long photo, String links) {
    return jdbc.sql(
            """
            UPDATE author SET slug = :slug, name = :name, bio = :bio, photo_media_id = :photo,
                              links = :links
            WHERE id = :id
            RETURNING\
            """
                + " "
                + PROFILE_COLUMNS)
        .param("id", id)
        .param("slug", slug)
        .param("name", name)
        .param("bio", bio)
        .param("photo", photo)
        .param("links", links)
        .query(PROFILE)
        .optional();
  }

  /** Whether another author has this slug. */
  boolean slugTaken(String slug, Long except) {
    return jdbc.sql("SELECT COUNT(*) FROM author WHERE slug = :slug AND id <> :except")
            .param("slug", slug)
            .param("except", except == null ? -1L : except)
            .query(Long.class)
            .single()
        > 0;
  }
}
