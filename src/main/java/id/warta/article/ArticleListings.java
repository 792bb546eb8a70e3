package id.warta.article;

import static id.warta.article.ArticleRepository.instant;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's list of articles in any status, most recently changed first. */
@Repository
public class ArticleListings {
  private static final RowMapper<ArticleListing> LISTING =
      (rs, n) ->
          new ArticleListing(
              rs.getLong("id"),
              rs.getString("title"),
              rs.getString("section_name"),
              ArticleStatus.valueOf(rs.getString("status")),
              instant(rs, "published_at"),
              instant(rs, "updated_at"));

  private final JdbcClient jdbc;

  ArticleListings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ArticleListing> find(ArticleFilter filter, long offset, int limit) {
    var statement =
        ArticleConditions.of(filter)
            .select(
                """
                SELECT a.id, a.title, s.name AS section_name, a.status, a.published_at, a.updated_at
                FROM article a JOIN section s ON s.id = a.section_id
                """)
            .then(" ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
    statement.params().put("limit", limit);
    statement.params().put("offset", offset);
    return jdbc.sql(statement.sql().toString()).params(statement.params()).query(LISTING).list();
  }

  public long count(ArticleFilter filter) {
    var statement = ArticleConditions.of(filter).select("SELECT COUNT(*) FROM article a");
    return jdbc.sql(statement.sql().toString())
        .params(statement.params())
        .query(Long.class)
        .single();
  }
}
