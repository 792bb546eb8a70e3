/**
 * Sections (kanal): the newspaper's departments, their order and their pages' data.
 *
 * <p>Owns table {@code section}. Depends on platform only.
 */
package id.warta.section;
