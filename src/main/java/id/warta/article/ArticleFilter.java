package id.warta.article;

/**
 * Which articles the newsroom's list shows, whatever their status; every field is optional.
 *
 * @param text words the title must contain (case-insensitive)
 */
public record ArticleFilter(ArticleStatus status, Long sectionId, Long authorId, String text) {}
