/**
 * The content model: articles, their authors, tags and related links, and the rules of their
 * status. Records every change readers can see in the change feed, in the writing transaction,
 * under the keys of {@link id.warta.article.ArticleKeys}, so other features (search, the site's
 * caches) follow changes without this package knowing them; also publishes events such as {@link
 * id.warta.article.ArticlePublished} after commit. Reading: {@link
 * id.warta.article.ArticleRepository} is the row, its parts and all writes; {@link
 * id.warta.article.PublishedArticles} the lists readers see; {@link
 * id.warta.article.ArticleListings} the newsroom's list (both filtered by one builder,
 * ArticleConditions); {@link id.warta.article.WholeArticles} articles whole in a fixed number of
 * queries; {@link id.warta.article.ArticleSnapshots} the search index's bulk copy.
 *
 * <p>Owns tables {@code article}, {@code article_author}, {@code tag}, {@code article_tag}, {@code
 * related_link}, {@code home_headline}. Depends on section, author, media and platform.
 */
package id.warta.article;
