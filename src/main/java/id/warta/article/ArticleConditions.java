package id.warta.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one builder of "which articles" for every list, public or newsroom: the joins and WHERE
 * clause over {@code article a}, with their named parameters. Public lists ({@link ArticleQuery})
 * always mean published articles; the newsroom's ({@link ArticleFilter}) any status.
 */
final class ArticleConditions {
  private final ArticleStatus status;
  private final Long sectionId;
  private final Long tagId;
  private final Long authorId;
  private final Instant from;
  private final Instant to;
  private final String text;

  private ArticleConditions(
      ArticleStatus status, Long sectionId, Long tagId, Long authorId, Instant from, Instant to,
      String text) {
    this.status = status;
    this.sectionId = sectionId;
    this.tagId = tagId;
    this.authorId = authorId;
    this.from = from;
    this.to = to;
    this.text = text == null || text.isBlank() ? null : text.strip();
  }

  static ArticleConditions published(ArticleQuery query) {
    return new ArticleConditions(
        ArticleStatus.PUBLISHED, query.sectionId(), query.tagId(), query.authorId(), query.from(),
        query.to(), null);
  }

  static ArticleConditions of(ArticleFilter filter) {
    return new ArticleConditions(
        filter.status(), filter.sectionId(), null, filter.authorId(), null, null, filter.text());
  }

  /** Appends the joins and the WHERE clause to a statement that reads {@code FROM article a}. */
  void appendTo(StringBuilder sql, Map<String, Object> params) {
    if (tagId != null) {
      sql.append(" JOIN article_tag t ON t.article_id = a.id AND t.tag_id = :tagId");
      params.put("tagId", tagId);
    }
    if (authorId != null) {
      sql.append(" JOIN article_author aa ON aa.article_id = a.id AND aa.author_id = :authorId");
      params.put("authorId", authorId);
    }
    // The status is an enum's name, written as a literal so the planner can use partial indexes.
    sql.append(status == null ? " WHERE 1 = 1" : " WHERE a.status = '" + status.name() + "'");
    if (sectionId != null) {
      sql.append(" AND a.section_id = :sectionId");
      params.put("sectionId", sectionId);
    }
    if (from != null) {
      sql.append(" AND a.published_at >= :from");
      params.put("from", from.toEpochMilli());
    }
    if (to != null) {
      sql.append(" AND a.published_at < :to");
      params.put("to", to.toEpochMilli());
    }
    if (text != null) {
      sql.append(" AND lower(a.title) LIKE :text ESCAPE '!'");
      String escaped =
          text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
      params.put("text", "%" + escaped + "%");
    }
  }

  /** A statement of {@code select} (reading {@code FROM article a ...}) with these conditions. */
  Statement select(String select) {
    var sql = new StringBuilder(select);
    Map<String, Object> params = new HashMap<>();
    appendTo(sql, params);
    return new Statement(sql, params);
  }

  record Statement(StringBuilder sql, Map<String, Object> params) {
    Statement then(String tail) {
      sql.append(tail);
      return this;
    }
  }
}
