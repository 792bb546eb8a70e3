/**
 * Page views and "Berita Populer": views are counted in memory, written in batches per article and
 * hour, and summed for the most read of the last 24 hours (or 7 days when few were read).
 *
 * <p>Owns table {@code article_view_hour}. Stores no IP address or any other reader data. Depends
 * on article and platform.
 */
package id.warta.popular;
