/**
 * The public reader site: pages that combine features (home, article page, section, tag,
 * author, Indeks, Berita Populer, partner channel pages) and the error pages readers see.
 *
 * <p>Owns no table; reads through the features' repositories. Depends on every reader-facing
 * feature and platform; nothing depends on it.
 */
package id.warta.site;
