/**
 * Old addresses that keep working: a table of paths (a WordPress site's permalinks, {@code /?p=42},
 * or any the newsroom adds) each answered with a 301 to a Warta address before anything else looks
 * at the request. Lookups come from memory, kept current by the change feed (key {@code redirects},
 * recorded by every write here).
 *
 * <p>Owns table {@code redirect}. Depends on platform only.
 */
package id.warta.redirect;
