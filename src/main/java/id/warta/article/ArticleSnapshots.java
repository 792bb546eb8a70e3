package id.warta.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Articles in bulk as {@link ArticleSnapshot}s, read in pages by id so that a copy of 100,000
 * articles is made in a few hundred queries rather than one query per article and field. The
 * section comes from subqueries, not a join: every read then walks the article table by id,
 * whatever the planner's statistics say (a join right after a million-row import, before PostgreSQL
 * had analysed the table, was planned through the section index with a sort: 4 s per batch of 500).
 */
@Repository
public class ArticleSnapshots {
  private static final String SELECT =
      """
      SELECT a.id, a.section_id,
             (SELECT s.slug FROM section s WHERE s.id = a.section_id) AS section_slug,
             (SELECT s.name FROM section s WHERE s.id = a.section_id) AS section_name,
             a.title, a.lead, a.body_html, a.status, a.published_at, a.updated_at
      FROM article a
      """;

  private record Row(
      long id,
      long sectionId,
      String sectionSlug,
      String sectionName,
      String title,
      String lead,
      String bodyHtml,
      ArticleStatus status,
      Instant publishedAt,
      Instant updatedAt) {}

  private static final RowMapper<Row> ROW =
      (rs, n) ->
          new Row(
              rs.getLong("id"),
              rs.getLong("section_id"),
              rs.getString("section_slug"),
              rs.getString("section_name"),
              rs.getString("title"),
              rs.getString("lead"),
              rs.getString("body_html"),
              ArticleStatus.valueOf(rs.getString("status")),
              ArticleRepository.instant(rs, "published_at"),
              ArticleRepository.instant(rs, "updated_at"));

  private final JdbcClient jdbc;

  ArticleSnapshots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ArticleSnapshot> find(long id) {
    return complete(jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(ROW).list())
        .stream()
        .findFirst();
  }

  /**
   * Articles in any status with an id above {@code afterId}, by id, at most {@code limit}: the
   * batches of a reindex, which keeps the published ones. Without a condition on the status this is
   * a walk of the primary key whatever the planner's statistics say; with one, SQLite on sampled
   * statistics read a million articles through the status index and sorted them for every batch.
   */
  public List<ArticleSnapshot> after(long afterId, int limit) {
    return complete(
        jdbc.sql(
                SELECT
                    + """
                    WHERE a.id > :after
                    ORDER BY a.id LIMIT :limit
                    """)
            .param("after", afterId)
            .param("limit", limit)
            .query(ROW)
            .list());
  }

  /**
   * Articles in any status changed at or after {@code since} with an id above {@code afterId}, by
   * id: what a copy must look at again after it missed changes.
   */
  public List<ArticleSnapshot> changedSince(Instant since, long afterId, int limit) {
    return complete(
        jdbc.sql(
                SELECT
                    + """
                    WHERE a.updated_at >= :since AND a.id > :after
                    ORDER BY a.id LIMIT :limit
                    """)
            .param("since", since.toEpochMilli())
            .param("after", afterId)
            .param("limit", limit)
            .query(ROW)
            .list());
  }

  public long countPublished() {
    return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'")
        .query(Long.class)
        .single();
  }

  /** Ids of all published articles, ascending. */
  public List<Long> publishedIds() {
    return jdbc.sql("SELECT id FROM article WHERE status = 'PUBLISHED' ORDER BY id")
        .query(Long.class)
        .list();
  }

  /** Ids of all published articles, ascending, one at a time: a million need no list. */
  public void forEachPublishedId(java.util.function.LongConsumer action) {
    jdbc.sql("SELECT id FROM article WHERE status = 'PUBLISHED' ORDER BY id")
        .query(
            rs -> {
              action.accept(rs.getLong(1));
            });
  }

  /** The latest update time of any article, or null when there is none. */
  public Instant latestUpdate() {
    Long millis =
        jdbc.sql("SELECT MAX(updated_at) FROM article").query(Long.class).optional().orElse(null);
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private List<ArticleSnapshot> complete(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<String>> tags =
        names(
            """
            SELECT atg.article_id, t.name FROM article_tag atg JOIN tag t ON t.id = atg.tag_id
            WHERE atg.article_id IN (:ids) ORDER BY atg.article_id, atg.position
            """,
            ids);
    Map<Long, List<String>> authors =
        names(
            """
            SELECT aa.article_id, au.name
            FROM article_author aa JOIN author au ON au.id = aa.author_id
            WHERE aa.article_id IN (:ids) ORDER BY aa.article_id, aa.position
            """,
            ids);
    List<ArticleSnapshot> result = new ArrayList<>(rows.size());
    for (Row r : rows) {
      result.add(
          new ArticleSnapshot(
              r.id(),
              r.sectionId(),
              r.sectionSlug(),
              r.sectionName(),
              r.title(),
              r.lead(),
              r.bodyHtml(),
              tags.getOrDefault(r.id(), List.of()),
              authors.getOrDefault(r.id(), List.of()),
              r.status(),
              r.publishedAt(),
              r.updatedAt()));
    }
    return result;
  }

  private Map<Long, List<String>> names(String sql, List<Long> ids) {
    Map<Long, List<String>> byArticle = new HashMap<>();
    jdbc.sql(sql)
        .param("ids", ids)
        .query(
            (rs, n) -> {
              byArticle.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
              return null;
            })
        .list();
    return byArticle;
  }
}
