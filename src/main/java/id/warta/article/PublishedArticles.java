package id.warta.article;

import static id.warta.article.ArticleRepository.instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists readers see, as {@link ArticleSummary}s: pages of published articles by section, tag,
 * author or time, the home page's headlines, an article's related links; and their sizes.
 */
@Repository
public class PublishedArticles {
  private static final String SUMMARY_COLUMNS =
      """
      SELECT a.id, a.title, a.slug, a.lead, a.published_at, a.updated_at,
             s.slug AS section_slug, s.name AS section_name,
             m.file_key AS image_key, m.credit AS image_credit, m.alt_text AS image_alt
      FROM article a\
      """;
  private static final String SUMMARY_JOINS =
      """
       JOIN section s ON s.id = a.section_id
      LEFT JOIN media m ON m.id = a.lead_media_id\
      """;
  private static final String SUMMARY_SELECT = SUMMARY_COLUMNS + SUMMARY_JOINS + "\n";

  static final RowMapper<ArticleSummary> SUMMARY =
      (rs, n) ->
          new ArticleSummary(
              rs.getLong("id"),
              rs.getString("title"),
              rs.getString("slug"),
              rs.getString("section_slug"),
              rs.getString("section_name"),
              rs.getString("lead"),
              instant(rs, "published_at"),
              instant(rs, "updated_at"),
              rs.getString("image_key") == null
                  ? null
                  : new ArticleSummary.Image(
                      rs.getString("image_key"),
                      rs.getString("image_credit"),
                      rs.getString("image_alt")));

  private final JdbcClient jdbc;

  PublishedArticles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Published articles matching the query, newest first, from the {@code offset}-th: every list
   * reads its index in order, but the offset is walked, so keep it small (the first pages of a
   * list); deeper pages start from a position ({@link #findOlder}).
   */
  public List<ArticleSummary> findPublished(ArticleQuery query, long offset, int limit) {
    return list(pageStatement(query, offset, limit));
  }

  /** Published articles matching the query that come after a position, newest first. */
  public List<ArticleSummary> findOlder(ArticleQuery query, ArticleCursor before, int limit) {
    return list(olderStatement(query, before, limit));
  }

  /**
   * The {@code limit} published articles matching the query that come just before a position (are
   * newer), newest first.
   */
  public List<ArticleSummary> findNewer(ArticleQuery query, ArticleCursor after, int limit) {
    return list(newerStatement(query, after, limit)).reversed();
  }

  // The statements of the three reads above, apart so that tests can ask for their query plans.

  ArticleConditions.Statement pageStatement(ArticleQuery query, long offset, int limit) {
    var conditions = ArticleConditions.published(query);
    var statement =
        conditions
            .select(SUMMARY_COLUMNS, SUMMARY_JOINS)
            .then(newestFirst(conditions))
            .then(" LIMIT :limit OFFSET :offset");
    statement.params().put("limit", limit);
    statement.params().put("offset", offset);
    return statement;
  }

  ArticleConditions.Statement olderStatement(ArticleQuery query, ArticleCursor before, int limit) {
    var conditions = ArticleConditions.published(query);
    String time = conditions.orderTime();
    // "time <= :at" alone bounds the index range; the OR settles ties of the same millisecond.
    var statement =
        conditions
            .select(SUMMARY_COLUMNS, SUMMARY_JOINS)
            .then(" AND " + time + " <= :at AND (" + time + " < :at OR ")
            .then(conditions.orderId() + " < :atId)")
            .then(newestFirst(conditions))
            .then(" LIMIT :limit");
    return at(statement, before, limit);
  }

  /** Oldest first: the caller turns them round. */
  ArticleConditions.Statement newerStatement(ArticleQuery query, ArticleCursor after, int limit) {
    var conditions = ArticleConditions.published(query);
    String time = conditions.orderTime();
    String id = conditions.orderId();
    var statement =
        conditions
            .select(SUMMARY_COLUMNS, SUMMARY_JOINS)
            .then(" AND " + time + " >= :at AND (" + time + " > :at OR " + id + " > :atId)")
            .then(" ORDER BY " + time + ", " + id + " LIMIT :limit");
    return at(statement, after, limit);
  }

  /**
   * How many published articles match, counting no further than {@code atMost}: enough to number
   * the first pages of a list without walking all of it.
   */
  public long countPublished(ArticleQuery query, long atMost) {
    var statement = countStatement(query, atMost);
    return jdbc.sql(statement.sql().toString())
        .params(statement.params())
        .query(Long.class)
        .single();
  }

  ArticleConditions.Statement countStatement(ArticleQuery query, long atMost) {
    var statement =
        ArticleConditions.published(query)
            .select("SELECT COUNT(*) FROM (SELECT 1 FROM article a")
            .then(" LIMIT :atMost) AS counted");
    statement.params().put("atMost", atMost);
    return statement;
  }

  private static String newestFirst(ArticleConditions conditions) {
    return " ORDER BY " + conditions.orderTime() + " DESC, " + conditions.orderId() + " DESC";
  }

  private static ArticleConditions.Statement at(
      ArticleConditions.Statement statement, ArticleCursor cursor, int limit) {
    statement.params().put("at", cursor.publishedAt().toEpochMilli());
    statement.params().put("atId", cursor.id());
    statement.params().put("limit", limit);
    return statement;
  }

  private List<ArticleSummary> list(ArticleConditions.Statement statement) {
    return jdbc.sql(statement.sql().toString()).params(statement.params()).query(SUMMARY).list();
  }

  /** How many published articles match, their first and last publication and last change. */
  public PublishedSpan publishedSpan(ArticleQuery query) {
    var statement =
        ArticleConditions.published(query)
            .select(
                """
                SELECT COUNT(*) AS n, MIN(a.published_at) AS first_published,
                       MAX(a.published_at) AS last_published, MAX(a.updated_at) AS last_updated
                FROM article a\
                """);
    return jdbc.sql(statement.sql().toString())
        .params(statement.params())
        .query(
            (rs, n) ->
                new PublishedSpan(
                    rs.getLong("n"),
                    instant(rs, "first_published"),
                    instant(rs, "last_published"),
                    instant(rs, "last_updated")))
        .single();
  }

  /** Published summaries of the given articles, in the order of the ids given. */
  public List<ArticleSummary> findPublishedSummaries(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ArticleSummary> found =
        jdbc.sql(SUMMARY_SELECT + " WHERE a.status = 'PUBLISHED' AND a.id IN (:ids)")
            .param("ids", ids)
            .query(SUMMARY)
            .list();
    List<ArticleSummary> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparingInt(s -> ids.indexOf(s.id())));
    return ordered;
  }

  /** The editor's "Baca Juga" choices that readers can see, in the editor's order. */
  public List<ArticleSummary> findRelated(long articleId) {
    // Two steps: joined in one query, SQLite walks every published article (status index)
    // instead of the few links.
    return findPublishedSummaries(
        jdbc.sql("SELECT related_id FROM related_link WHERE article_id = :id ORDER BY position")
            .param("id", articleId)
            .query(Long.class)
            .list());
  }

  /** The pinned home page headline stories readers can see, in the editors' order. */
  public List<ArticleSummary> findHeadlines() {
    List<Long> pinned =
        jdbc.sql("SELECT article_id FROM home_headline ORDER BY position").query(Long.class).list();
    return findPublishedSummaries(pinned);
  }
}
