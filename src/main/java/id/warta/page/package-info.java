/**
 * Static pages (halaman): Tentang Kami, Redaksi, Pedoman Media Siber, Kontak, Kebijakan Privasi and
 * any other the newsroom writes, at {@code /halaman/<slug>}; every save is a revision that can be
 * restored, with the optimistic lock articles have. Bodies are sanitized with the article body
 * policy. The newsroom's screens for them (/redaksi/halaman) live here; readers' pages in site.
 * Records changes under {@code pages} (every page's footer lists them) and {@code page:<id>}.
 *
 * <p>Owns tables {@code static_page} and {@code static_page_revision}. Depends on article (the body
 * policy) and platform.
 */
package id.warta.page;
