package id.warta.article;

/** An article became visible to readers, or a visible article changed. Fired after commit. */
public record ArticlePublished(long articleId) {}
