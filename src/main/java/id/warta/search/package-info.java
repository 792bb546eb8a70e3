/**
 * Search in Indonesian (/cari's engine) and related articles by content, on a Lucene index under
 * {@code <data-dir>/search} kept current from the change feed (article keys, whichever process
 * wrote them; commands never open the index), caught up on start, rebuilt by the {@code reindex}
 * command. Words are reduced to roots from a dictionary ({@code search/kata-dasar.txt}), never
 * guessed; at query time a word is also matched with the forms of a root the archive has written
 * bare ({@link id.warta.search.LearnedRoots}).
 *
 * <p>Also the e-paper pages' own index ({@link id.warta.search.EpaperSearch}, under {@code
 * <data-dir>/search-epaper}), synced with the ready editions on start and on each e-paper change.
 *
 * <p>Owns no table (reads articles through {@link id.warta.article.ArticleSnapshots} and {@link
 * id.warta.article.PublishedArticles}, editions through {@link id.warta.epaper.EditionRepository}).
 * Depends on article, epaper and platform.
 */
package id.warta.search;
