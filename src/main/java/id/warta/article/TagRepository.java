package id.warta.article;

import id.warta.platform.Slugs;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TagRepository {
  private final JdbcClient jdbc;

  TagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Tag> findBySlug(String slug) {
    return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug")
        .param("slug", slug)
        .query(Tag.class)
        .optional();
  }

  /** The tag for this name; tags are the same when their slugs are ("Covid-19" = "covid 19"). */
  public Tag findOrCreate(String name) {
    String clean = name.strip();
    String slug = Slugs.of(clean);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("Tag tidak valid: " + name);
    }
    return findBySlug(slug)
        .orElseGet(
            () -> {
              long id =
                  jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) RETURNING id")
                      .param("slug", slug)
                      .param("name", clean)
                      .query(Long.class)
                      .single();
              return new Tag(id, slug, clean);
            });
  }
}
