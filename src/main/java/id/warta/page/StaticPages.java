package id.warta.page;

import id.warta.article.ArticleBodyPolicy;
import id.warta.platform.ChangeFeed;
import id.warta.platform.Changes;
import id.warta.platform.KeyedCache;
import id.warta.platform.Slugs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Static pages and their revisions: the only class that touches their tables. */
@Service
public class StaticPages {
  static final int TITLE_MAX = 300;
  static final int BODY_MAX = 200_000;
  private static final String COLUMNS =
      "id, slug, title, body_html, published, position, version, updated_at";

  private final JdbcClient jdbc;
  private final Changes changes;
  private final Clock clock;

  /** Every footer lists the published pages: kept in memory, current from the change feed. */
  private final KeyedCache<String, List<StaticPage>> published;

  StaticPages(JdbcClient jdbc, Changes changes, ChangeFeed feed, Clock clock) {
    this.jdbc = jdbc;
    this.changes = changes;
    this.clock = clock;
    this.published = feed.newCache(1, null);
  }

  /** The published pages in footer order. */
  public List<StaticPage> published() {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return readPublished();
    }
    return published.get(
        StaticPage.ALL,
        k -> new KeyedCache.Loaded<>(List.copyOf(readPublished()), Set.of(StaticPage.ALL)));
  }

  private List<StaticPage> readPublished() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM static_page WHERE published = TRUE ORDER BY position, title")
        .query(StaticPages::page)
        .list();
  }

  public List<StaticPage> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM static_page ORDER BY position, title")
        .query(StaticPages::page)
        .list();
  }

  public Optional<StaticPage> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM static_page WHERE id = :id")
        .param("id", id)
        .query(StaticPages::page)
        .optional();
  }

  public Optional<StaticPage> findBySlug(String slug) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM static_page WHERE slug = :slug")
        .param("slug", slug)
        .query(StaticPages::page)
        .optional();
  }

  /** Creates a page; its first revision is saved with it. */
  @Transactional
  public StaticPage create(PageDraft draft, String savedBy) {
    String slug = slugOf(draft);
    validate(draft);
    Instant now = clock.instant();
    Long id =
        jdbc.sql(
                """
                INSERT INTO static_page (slug, title, body_html, published, position, version, updated_at)
                VALUES (:slug, :title, :body, :published,
                        (SELECT COALESCE(MAX(position), 0) + 1 FROM static_page), 1, :at)
                ON CONFLICT (slug) DO NOTHING
                RETURNING id
                """)
            .param("slug", slug)
            .param("title", draft.title())
            .param("body", ArticleBodyPolicy.sanitize(draft.bodyHtml()))
            .param("published", draft.published())
            .param("at", now.toEpochMilli())
            .query(Long.class)
            .optional()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Alamat /halaman/" + slug + " sudah dipakai halaman lain."));
    saveRevision(id, savedBy);
    changes.record(StaticPage.ALL, StaticPage.key(id));
    return findById(id).orElseThrow();
  }

  /**
   * Saves a page over the version the editor read, as a new revision.
   *
   * @throws StalePageException when someone saved in between
   */
  @Transactional
  public StaticPage update(long id, int expectedVersion, PageDraft draft, String savedBy) {
    String slug = slugOf(draft);
    validate(draft);
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  UPDATE static_page SET slug = :slug, title = :title, body_html = :body,
                    published = :published, version = version + 1, updated_at = :at
                  WHERE id = :id AND version = :version
                  """)
              .param("slug", slug)
              .param("title", draft.title())
              .param("body", ArticleBodyPolicy.sanitize(draft.bodyHtml()))
              .param("published", draft.published())
              .param("at", clock.millis())
              .param("id", id)
              .param("version", expectedVersion)
              .update();
    } catch (org.springframework.dao.DataIntegrityViolationException e) {
      throw new IllegalArgumentException(
          "Alamat /halaman/" + slug + " sudah dipakai halaman lain.");
    }
    if (updated == 0) {
      if (findById(id).isEmpty()) {
        throw new IllegalArgumentException("Halaman tidak ditemukan.");
      }
      throw new StalePageException();
    }
    saveRevision(id, savedBy);
    changes.record(StaticPage.ALL, StaticPage.key(id));
    return findById(id).orElseThrow();
  }

  /** Puts an earlier revision back, as a new revision. */
  @Transactional
  public StaticPage restore(long id, int version, int expectedVersion, String savedBy) {
    PageRevision old =
        revision(id, version)
            .orElseThrow(() -> new IllegalArgumentException("Revisi tidak ditemukan."));
    StaticPage page =
        findById(id).orElseThrow(() -> new IllegalArgumentException("Halaman tidak ditemukan."));
    return update(
        id,
        expectedVersion,
        new PageDraft(old.title(), page.slug(), old.bodyHtml(), old.published()),
        savedBy);
  }

  public List<PageRevision> revisions(long id) {
    return jdbc.sql(
            """
            SELECT page_id, version, title, body_html, published, saved_by, saved_at
            FROM static_page_revision WHERE page_id = :id ORDER BY version DESC
            """)
        .param("id", id)
        .query(StaticPages::revision)
        .list();
  }

  public Optional<PageRevision> revision(long id, int version) {
    return jdbc.sql(
            """
            SELECT page_id, version, title, body_html, published, saved_by, saved_at
            FROM static_page_revision WHERE page_id = :id AND version = :version
            """)
        .param("id", id)
        .param("version", version)
        .query(StaticPages::revision)
        .optional();
  }

  private void saveRevision(long id, String savedBy) {
    jdbc.sql(
            """
            INSERT INTO static_page_revision (page_id, version, title, body_html, published, saved_by, saved_at)
            SELECT id, version, title, body_html, published, :by, updated_at FROM static_page WHERE id = :id
            """)
        .param("id", id)
        .param("by", savedBy == null || savedBy.isBlank() ? "sistem" : savedBy)
        .update();
  }

  private static String slugOf(PageDraft draft) {
    String slug = draft.slug().isBlank() ? Slugs.of(draft.title()) : draft.slug();
    if (!Slugs.isValid(slug)) {
      throw new IllegalArgumentException(
          "Slug tidak valid: gunakan huruf kecil, angka dan tanda hubung, paling banyak 120"
              + " karakter.");
    }
    return slug;
  }

  private static void validate(PageDraft draft) {
    if (draft.title().isEmpty() || draft.title().length() > TITLE_MAX) {
      throw new IllegalArgumentException("Judul wajib diisi, paling banyak 300 karakter.");
    }
    if (draft.bodyHtml().length() > BODY_MAX) {
      throw new IllegalArgumentException("Isi halaman paling banyak 200.000 karakter.");
    }
  }

  private static StaticPage page(ResultSet rs, int row) throws SQLException {
    return new StaticPage(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("body_html"),
        rs.getBoolean("published"),
        rs.getInt("position"),
        rs.getInt("version"),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }

  private static PageRevision revision(ResultSet rs, int row) throws SQLException {
    return new PageRevision(
        rs.getLong("page_id"),
        rs.getInt("version"),
        rs.getString("title"),
        rs.getString("body_html"),
        rs.getBoolean("published"),
        rs.getString("saved_by"),
        Instant.ofEpochMilli(rs.getLong("saved_at")));
  }
}
