/**
 * Content from outside: the importer of article pages in the seed's text format (the {@code
 * import-page} command) and the demo content a new installation starts with.
 *
 * <p>Owns no table; writes through the features' services. Depends on article, section, author,
 * media, channel, popular and platform.
 */
package id.warta.demo;
