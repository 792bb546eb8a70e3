package id.warta.section;

import id.warta.platform.ChangeFeed;
import id.warta.platform.Changes;
import id.warta.platform.KeyedCache;
import id.warta.platform.ReservedPaths;
import id.warta.platform.Slugs;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
public class SectionRepository {
  private static final String COLUMNS = "id, slug, name, description, position";

  private final JdbcClient jdbc;
  private final Changes changes;

  /**
   * Every page's menu lists the sections, and they change a few times a year: the list is kept in
   * memory, current from the change feed (a list read before a change is never kept after it).
   */
  private final KeyedCache<String, List<Section>> all;

  SectionRepository(JdbcClient jdbc, Changes changes, ChangeFeed feed) {
    this.jdbc = jdbc;
    this.changes = changes;
    this.all = feed.newCache(1, null);
  }

  /**
   * The sections in menu order. Inside a transaction read from the database, so a writer decides
   * from what it sees, its own uncommitted writes included, never from the cache.
   */
  public List<Section> findAll() {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return readAll();
    }
    return all.get(
        Section.ALL, k -> new KeyedCache.Loaded<>(List.copyOf(readAll()), Set.of(Section.ALL)));
  }

  private List<Section> readAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM section ORDER BY position, name")
        .query(Section.class)
        .list();
  }

  public Optional<Section> findBySlug(String slug) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM section WHERE slug = :slug")
        .param("slug", slug)
        .query(Section.class)
        .optional();
  }

  public Optional<Section> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM section WHERE id = :id")
        .param("id", id)
        .query(Section.class)
        .optional();
  }

  public Section create(String slug, String name, String description, int position) {
    if (ReservedPaths.isReserved(slug)) {
      throw new IllegalArgumentException("Slug '" + slug + "' is reserved by the site");
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO section (slug, name, description, position)
                VALUES (:slug, :name, :description, :position)
                RETURNING id
                """)
            .param("slug", slug)
            .param("name", name)
            .param("description", description)
            .param("position", position)
            .query(Long.class)
            .single();
    changes.record(Section.ALL, Section.key(id));
    return new Section(id, slug, name, description, position);
  }

  /** The next place at the end of the order, computed by the statement that inserts. */
  private static final String NEXT_POSITION =
      "(SELECT COALESCE(MAX(position), 0) + 1 FROM section)";

  /**
   * A new section at the end of the order, or nothing when its slug is taken. The database decides
   * both, so two admins creating at once never get one error page and one duplicate place.
   */
  public Optional<Section> createLast(String slug, String name, String description) {
    if (ReservedPaths.isReserved(slug)) {
      throw new IllegalArgumentException("Slug '" + slug + "' is reserved by the site");
    }
    Optional<Section> created =
        jdbc.sql(
                "INSERT INTO section (slug, name, description, position) SELECT :slug, :name,"
                    + " :description, "
                    + NEXT_POSITION
                    + " WHERE TRUE"
                    + " ON CONFLICT (slug) DO NOTHING RETURNING "
                    + COLUMNS)
            .param("slug", slug)
            .param("name", name)
            .param("description", description)
            .query(Section.class)
            .optional();
    created.ifPresent(s -> changes.record(Section.ALL, Section.key(s.id())));
    return created;
  }

  /**
   * The section of that name (in any case) or of the slug it makes, created at the end of the order
   * if there is none. Decided in the database, never from the cached list of {@link #findAll}.
   */
  public Section findOrCreate(String name) {
    String slug = Slugs.of(name);
    if (slug.isEmpty() || ReservedPaths.isReserved(slug)) {
      throw new IllegalArgumentException("Nama kanal tidak valid: " + name);
    }
    int inserted =
        jdbc.sql(
                "INSERT INTO section (slug, name, description, position) SELECT :slug, :name, '', "
                    + NEXT_POSITION
                    + " WHERE NOT EXISTS (SELECT 1 FROM section WHERE lower(name) = lower(:name))"
                    + " ON CONFLICT (slug) DO NOTHING")
            .param("slug", slug)
            .param("name", name)
            .update();
    Section section =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM section WHERE lower(name) = lower(:name) OR slug = :slug"
                    + " ORDER BY CASE WHEN lower(name) = lower(:name) THEN 0 ELSE 1 END, id")
            .param("name", name)
            .param("slug", slug)
            .query(Section.class)
            .list()
            .getFirst();
    if (inserted > 0) {
      changes.record(Section.ALL, Section.key(section.id()));
    }
    return section;
  }

  /** Changes what readers see as the section's name; the slug (its address) stays. */
  public void rename(long id, String name, String description) {
    jdbc.sql("UPDATE section SET name = :name, description = :description WHERE id = :id")
        .param("id", id)
        .param("name", name)
        .param("description", description)
        .update();
    changes.record(Section.ALL, Section.key(id));
  }

  /** The sections' ids in the site's order, read from the database: for writers, never cached. */
  public List<Long> idsInOrder() {
    return jdbc.sql("SELECT id FROM section ORDER BY position, name").query(Long.class).list();
  }

  /** Numbers the sections 0, 1, 2... in the given order; call inside one transaction. */
  public void reorder(List<Long> idsInOrder) {
    for (int i = 0; i < idsInOrder.size(); i++) {
      jdbc.sql("UPDATE section SET position = :position WHERE id = :id")
          .param("id", idsInOrder.get(i))
          .param("position", i)
          .update();
    }
    changes.record(Section.ALL);
  }
}
