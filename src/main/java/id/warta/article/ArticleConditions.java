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
  private static final int MAX_WORDS = 8;

  private final ArticleStatus status;
  private final Long sectionId;
  private final Long tagId;
  private final Long authorId;
  private final Instant from;
  private final Instant to;
  private final String text;
  private final boolean newsroom;
  private final Long visibleTo;

  private ArticleConditions(
      ArticleStatus status,
      Long sectionId,
      Long tagId,
      Long authorId,
      Instant from,
      Instant to,
      String text,
      boolean newsroom,
      Long visibleTo) {
    this.status = status;
    this.sectionId = sectionId;
    this.tagId = tagId;
    this.authorId = authorId;
    this.from = from;
    this.to = to;
    this.text = text == null || text.isBlank() ? null : text.strip();
    this.newsroom = newsroom;
    this.visibleTo = visibleTo;
  }

  static ArticleConditions published(ArticleQuery query) {
    return new ArticleConditions(
        ArticleStatus.PUBLISHED,
        query.sectionId(),
        query.tagId(),
        query.authorId(),
        query.from(),
        query.to(),
        null,
        false,
        null);
  }

  static ArticleConditions of(ArticleFilter filter) {
    return new ArticleConditions(
        filter.status(),
        filter.sectionId(),
        null,
        filter.authorId(),
        filter.from(),
        filter.to(),
        filter.text(),
        true,
        filter.visibleTo());
  }

  /** Appends the joins and the WHERE clause to a statement that reads {@code FROM article a}. */
  private void appendTo(StringBuilder sql, Map<String, Object> params, String joins) {
    if (tagId != null) {
      sql.append(" JOIN article_tag t ON t.article_id = a.id AND t.tag_id = :tagId");
      params.put("tagId", tagId);
    }
    if (authorId != null) {
      sql.append(" JOIN article_author aa ON aa.article_id = a.id AND aa.author_id = :authorId");
      params.put("authorId", authorId);
    }
    sql.append(joins);
    // The status is an enum's name, written as a literal so the planner can use partial indexes.
    sql.append(status == null ? " WHERE 1 = 1" : " WHERE a.status = '" + status.name() + "'");
    if (!newsroom && tagId != null) {
      // Link rows of unpublished articles hold no time; PostgreSQL sorts those NULLs first.
      sql.append(" AND t.published_at IS NOT NULL");
    }
    if (!newsroom && authorId != null) {
      sql.append(" AND aa.published_at IS NOT NULL");
    }
    if (sectionId != null) {
      sql.append(" AND a.section_id = :sectionId");
      params.put("sectionId", sectionId);
    }
    // The newsroom dates an unpublished article by its last change.
    String date = newsroom ? "COALESCE(a.published_at, a.updated_at)" : "a.published_at";
    if (from != null) {
      sql.append(" AND ").append(date).append(" >= :from");
      params.put("from", from.toEpochMilli());
    }
    if (to != null) {
      sql.append(" AND ").append(date).append(" < :to");
      params.put("to", to.toEpochMilli());
    }
    if (text != null) {
      // Every word (up to eight) somewhere in the title, the lead or the body; LIKE so that both
      // databases agree (the reader's search index holds published articles only).
      String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
      for (int n = 0; n < Math.min(words.length, MAX_WORDS); n++) {
        String escaped = words[n].replace("!", "!!").replace("%", "!%").replace("_", "!_");
        sql.append(" AND (lower(a.title) LIKE :w")
            .append(n)
            .append(" ESCAPE '!'")
            .append(" OR lower(a.lead) LIKE :w")
            .append(n)
            .append(" ESCAPE '!'")
            .append(" OR lower(a.body_html) LIKE :w")
            .append(n)
            .append(" ESCAPE '!')");
        params.put("w" + n, "%" + escaped + "%");
      }
    }
    if (visibleTo != null) {
      sql.append(
          " AND (a.status = 'PUBLISHED' OR EXISTS (SELECT 1 FROM article_owner o"
              + " WHERE o.article_id = a.id AND o.user_id = :visibleTo))");
      params.put("visibleTo", visibleTo);
    }
  }

  /** A statement of {@code select} (reading {@code FROM article a ...}) with these conditions. */
  Statement select(String select) {
    return select(select, "");
  }

  /**
   * A statement of {@code select} (reading {@code FROM article a}), this list's joins, then {@code
   * joins} (outer ones must come after the list's own, so that the planner may start from them).
   */
  Statement select(String select, String joins) {
    var sql = new StringBuilder(select);
    Map<String, Object> params = new HashMap<>();
    appendTo(sql, params, joins);
    return new Statement(sql, params);
  }

  /**
   * The column a public list is ordered by, with {@link #orderId()}: the publication time as the
   * list's own index holds it (a tag's or an author's link rows carry it), so that the list reads
   * that index in order.
   */
  String orderTime() {
    return tagId != null
        ? "t.published_at"
        : authorId != null ? "aa.published_at" : "a.published_at";
  }

  String orderId() {
    return tagId != null ? "t.article_id" : authorId != null ? "aa.article_id" : "a.id";
  }

  record Statement(StringBuilder sql, Map<String, Object> params) {
    Statement then(String tail) {
      sql.append(tail);
      return this;
    }
  }
}
