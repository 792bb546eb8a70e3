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
    return jdbc.sql("SELECT " + COLUMNS + " FROM author WHERE name = :name ORDER BY id")
        .param("name", name)
        .query(Author.class)
        .list()
        .stream()
        .findFirst();
  }

  public List<Author> findAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM author ORDER BY name").query(Author.class).list();
  }

  /** The author of that name, created with a unique slug if there is none yet. */
  public Author findOrCreate(String name) {
    return findByName(name).orElseGet(() -> create(name, ""));
  }

  public Author create(String name, String bio) {
    String base = Slugs.of(name);
    String slug = base;
    for (int n = 2; findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    long id =
        jdbc.sql("INSERT INTO author (slug, name, bio) VALUES (:slug, :name, :bio) RETURNING id")
            .param("slug", slug)
            .param("name", name)
            .param("bio", bio)
            .query(Long.class)
            .single();
    return new Author(id, slug, name, bio);
  }
}
