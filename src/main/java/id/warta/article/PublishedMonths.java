package id.warta.article;

import static id.warta.article.ArticleRepository.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published articles by periods of publication (the article sitemaps' months), each read as a range
 * of the index on (status, published_at, updated_at): no statement walks the whole archive, and
 * none is repeated per period or per article.
 */
@Repository
public class PublishedMonths {
  /** A SQLite compound SELECT holds at most 500 parts; 400 periods are 33 years of months. */
  static final int PERIODS_PER_STATEMENT = 400;

  private final JdbcClient jdbc;

  PublishedMonths(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * When the first and the last published article were published (nulls when none is), by two seeks
   * at the ends of the index.
   */
  public PublishedSpan ends() {
    return jdbc.sql(
            """
            SELECT (SELECT MIN(published_at) FROM article WHERE status = 'PUBLISHED') AS first_published,
                   (SELECT MAX(published_at) FROM article WHERE status = 'PUBLISHED') AS last_published
            """)
        .query(
            (rs, n) ->
                new PublishedSpan(
                    -1, instant(rs, "first_published"), instant(rs, "last_published"), null))
        .single();
  }

  /**
   * For each period [bounds[i], bounds[i+1]): how many published articles, their first and last
   * publication and their newest change; one statement per 400 periods.
   */
  public List<PublishedSpan> spans(List<Instant> bounds) {
    if (bounds.size() < 2) {
      return List.of();
    }
    int periods = bounds.size() - 1;
    List<PublishedSpan> result = new ArrayList<>(periods);
    for (int start = 0; start < periods; start += PERIODS_PER_STATEMENT) {
      int end = Math.min(periods, start + PERIODS_PER_STATEMENT);
      StringBuilder sql = new StringBuilder();
      Map<String, Object> params = new HashMap<>();
      for (int i = start; i < end; i++) {
        if (i > start) {
          sql.append(" UNION ALL ");
        }
        sql.append("SELECT ")
            .append(i)
            .append(
                """
                 AS period, COUNT(*) AS n, MIN(published_at) AS first_published,
                 MAX(published_at) AS last_published, MAX(updated_at) AS last_updated
                 FROM article WHERE status = 'PUBLISHED'
                 AND published_at >= :from\
                """)
            .append(i)
            .append(" AND published_at < :to")
            .append(i);
        params.put("from" + i, bounds.get(i).toEpochMilli());
        params.put("to" + i, bounds.get(i + 1).toEpochMilli());
      }
      PublishedSpan[] spans = new PublishedSpan[end - start];
      int first = start;
      jdbc.sql(sql.toString())
          .params(params)
          .query(
              rs -> {
                spans[rs.getInt("period") - first] =
                    new PublishedSpan(
                        rs.getLong("n"),
                        instant(rs, "first_published"),
                        instant(rs, "last_published"),
                        instant(rs, "last_updated"));
              });
      result.addAll(List.of(spans));
    }
    return result;
  }

  /**
   * One part of a period's articles for a sitemap, oldest first (so that a part keeps its articles
   * while newer ones are published): id, address parts and last change only.
   */
  public List<ArticleSummary> links(Instant from, Instant to, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT a.id, a.slug, s.slug AS section_slug, a.published_at, a.updated_at
            FROM article a JOIN section s ON s.id = a.section_id
            WHERE a.status = 'PUBLISHED' AND a.published_at >= :from AND a.published_at < :to
            ORDER BY a.published_at, a.id LIMIT :limit OFFSET :offset
            """)
        .param("from", from.toEpochMilli())
        .param("to", to.toEpochMilli())
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new ArticleSummary(
                    rs.getLong("id"),
                    null,
                    rs.getString("slug"),
                    rs.getString("section_slug"),
                    null,
                    null,
                    instant(rs, "published_at"),
                    instant(rs, "updated_at"),
                    null))
        .list();
  }

  /**
   * The newest publication in each section, by one seek per section into the index on (section_id,
   * status, published_at).
   */
  public Map<Long, Instant> lastPublishedBySection() {
    Map<Long, Instant> result = new HashMap<>();
    jdbc.sql(
            """
            SELECT s.id,
                   (SELECT MAX(a.published_at) FROM article a
                    WHERE a.section_id = s.id AND a.status = 'PUBLISHED') AS last_published
            FROM section s
            """)
        .query(
            rs -> {
              Instant last = instant(rs, "last_published");
              if (last != null) {
                result.put(rs.getLong("id"), last);
              }
            });
    return result;
  }
}
