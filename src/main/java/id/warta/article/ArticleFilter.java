package id.warta.article;

import java.time.Instant;

/**
 * Which articles the newsroom's list shows, whatever their status; every field is optional.
 *
 * @param text words that must all appear in the title, the lead or the body (case-insensitive)
 * @param from articles dated at or after this (publication time, or last change if unpublished)
 * @param to articles dated before this
 * @param visibleTo a newsroom account: only published articles and the ones it started (the
 *     newsroom's article_owner); null for every article
 */
public record ArticleFilter(
    ArticleStatus status,
    Long sectionId,
    Long authorId,
    String text,
    Instant from,
    Instant to,
    Long visibleTo) {

  public ArticleFilter(ArticleStatus status, Long sectionId, Long authorId, String text) {
    this(status, sectionId, authorId, text, null, null, null);
  }
}
