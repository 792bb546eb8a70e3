/**
 * Sections (kanal): the newspaper's departments, their order and their pages' data. The list
 * every menu shows is kept in memory, current from the change feed (keys {@code sections} and
 * {@code section:<id>}, recorded by every write here).
 *
 * <p>Owns table {@code section}. Depends on platform only.
 */
package id.warta.section;
