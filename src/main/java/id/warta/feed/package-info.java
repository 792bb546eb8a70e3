/**
 * Distribution: RSS 2.0 (site, sections, tags, authors), Atom and JSON Feed for the site, sitemaps
 * (index, monthly article sitemaps, sections, Google News), robots.txt, and the schema.org JSON-LD
 * that pages carry.
 *
 * <p>Feeds and sitemaps are written per request and kept by the page cache under their surrogate
 * keys (no cache of their own). Owns no table; reads through article, section, author, media and
 * page (the static pages in the sitemap). Depends on those and platform.
 */
package id.warta.feed;
