package id.warta.article;

/** A published article is no longer visible to readers (unpublished). Fired after commit. */
public record ArticleWithdrawn(long articleId) {}
