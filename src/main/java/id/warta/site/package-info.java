/**
 * The public reader site: pages that combine features (home, article page, section, tag, author,
 * Indeks, Berita Populer, partner channel pages) and the error pages readers see.
 *
 * <p>Each controller names the surrogate keys of what its page shows on the response ({@code
 * SitePages.cachePublicly}), so the page cache and HTTP caches drop it when a change names one.
 * Owns no table; reads through the features' repositories. Depends on every reader-facing feature
 * and platform; nothing depends on it.
 */
package id.warta.site;
