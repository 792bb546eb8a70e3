/**
 * The read-only public JSON API under /api: articles (also as IPTC ninjs 2.1), sections, authors
 * and tags, with page-and-total pagination, ETag/Last-Modified validators and RFC 9457 problem
 * documents in Indonesian; its OpenAPI document and a page that presents it.
 *
 * <p>Owns no table. Depends on feed (whole articles), article, section, author, media and platform.
 * It does not search: searching is the site's page /cari.
 */
package id.warta.api;
