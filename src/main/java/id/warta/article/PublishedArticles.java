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
  private static final String SUMMARY_SELECT =
      """
      SELECT a.id, a.title, a.slug, a.lead, a.published_at, a.updated_at,
             s.slug AS section_slug, s.name AS section_name,
             m.file_key AS image_key, m.credit AS image_credit, m.alt_text AS image_alt
      FROM article a
      JOIN section s ON s.id = a.section_id
      LEFT JOIN media m ON m.id = a.lead_media_id
      """;

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

  /** Published articles matching the query, newest first. */
  public List<ArticleSummary> findPublished(ArticleQuery query, long offset, int limit) {
    var statement =
        ArticleConditions.published(query)
            .select(SUMMARY_SELECT)
            .then(" ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
    statement.params().put("limit", limit);
    statement.params().put("offset", offset);
    return jdbc.sql(statement.sql().toString()).params(statement.params()).query(SUMMARY).list();
  }

  public long countPublished(ArticleQuery query) {
    var statement = ArticleConditions.published(query).select("SELECT COUNT(*) FROM article a");
    return jdbc.sql(statement.sql().toString())
        .params(statement.params())
        .query(Long.class)
        .single();
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
