package id.warta.author;

/**
 * An author's name or address changed: every page that shows their byline is out of date. Published
 * in the writing transaction, so listeners record their changes in it.
 */
public record AuthorChanged(long authorId) {}
