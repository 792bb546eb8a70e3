package id.warta.article;

/** Where an article is in the editorial workflow; only PUBLISHED is seen by readers. */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  UNPUBLISHED
}
