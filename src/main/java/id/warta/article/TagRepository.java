package id.warta.article;

import id.warta.platform.Slugs;
import java.util.List;
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

  /**
   * The tag for this name; tags are the same when their slugs are ("Covid-19" = "covid 19"). The
   * database decides: two writers tagging with the same new name at once get the same tag.
   */
  public Tag findOrCreate(String name) {
    String clean = name.strip();
    String slug = Slugs.of(clean);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("Tag tidak valid: " + name);
    }
    jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
        .param("slug", slug)
        .param("name", clean)
        .update();
    return findBySlug(slug).orElseThrow();
  }

  /**
   * The tags for these names, in their order, one per slug, created where missing: one INSERT and
   * one SELECT whatever the number of names.
   */
  public List<Tag> findOrCreateAll(List<String> names) {
    var bySlug = new java.util.LinkedHashMap<String, String>();
    for (String name : names) {
      String clean = name.strip();
      String slug = Slugs.of(clean);
      if (slug.isEmpty()) {
        throw new IllegalArgumentException("Tag tidak valid: " + name);
      }
      bySlug.putIfAbsent(slug, clean);
    }
    if (bySlug.isEmpty()) {
      return List.of();
    }
    var sql = new StringBuilder("INSERT INTO tag (slug, name) VALUES ");
    var params = new java.util.HashMap<String, Object>();
    int i = 0;
    for (var e : bySlug.entrySet()) {
      sql.append(i == 0 ? "" : ", ").append("(:s").append(i).append(", :n").append(i).append(')');
      params.put("s" + i, e.getKey());
      params.put("n" + i, e.getValue());
      i++;
    }
    sql.append(" ON CONFLICT (slug) DO NOTHING");
    jdbc.sql(sql.toString()).params(params).update();
    var found =
        jdbc
            .sql("SELECT id, slug, name FROM tag WHERE slug IN (:slugs)")
            .param("slugs", List.copyOf(bySlug.keySet()))
            .query(Tag.class)
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Tag::slug, t -> t));
    return bySlug.keySet().stream().map(found::get).toList();
  }

  /**
   * Existing tags that match what is being typed, for suggestions: compared by slug, so that "covid
   * 19" finds "Covid-19" and no near-duplicate gets created. Tags whose slug starts with the typed
   * text first, then the most used.
   */
  public List<Tag> suggest(String typed, int limit) {
    String slug = Slugs.of(typed == null ? "" : typed.strip());
    if (slug.isEmpty()) {
      return List.of();
    }
    String like = slug.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql(
            """
            SELECT t.id, t.slug, t.name FROM tag t
            WHERE t.slug LIKE :contains ESCAPE '\\'
            ORDER BY CASE WHEN t.slug LIKE :prefix ESCAPE '\\' THEN 0 ELSE 1 END,
                     (SELECT COUNT(*) FROM article_tag atg WHERE atg.tag_id = t.id) DESC, t.name
            LIMIT :limit
            """)
        .param("contains", "%" + like + "%")
        .param("prefix", like + "%")
        .param("limit", limit)
        .query(Tag.class)
        .list();
  }

  /** Tags that published articles carry, by name. */
  public List<Tag> findUsed(long offset, int limit) {
    return jdbc.sql(
            """
            SELECT t.id, t.slug, t.name FROM tag t
            WHERE EXISTS (SELECT 1 FROM article_tag atg JOIN article a ON a.id = atg.article_id
                          WHERE atg.tag_id = t.id AND a.status = 'PUBLISHED')
            ORDER BY t.name, t.id
            LIMIT :limit OFFSET :offset
            """)
        .param("limit", limit)
        .param("offset", offset)
        .query(Tag.class)
        .list();
  }

  public long countUsed() {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM tag t
            WHERE EXISTS (SELECT 1 FROM article_tag atg JOIN article a ON a.id = atg.article_id
                          WHERE atg.tag_id = t.id AND a.status = 'PUBLISHED')
            """)
        .query(Long.class)
        .single();
  }
}
