/**
 * The content model: articles, their authors, tags and related links, and the rules of their
 * status. Publishes events (such as {@link id.warta.article.ArticlePublished}) after commit so
 * other features can follow changes without this package knowing them.
 *
 * <p>Owns tables {@code article}, {@code article_author}, {@code tag}, {@code article_tag},
 * {@code related_link}, {@code home_headline}. Depends on section, author, media and platform.
 */
package id.warta.article;
