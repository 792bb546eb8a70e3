/**
 * Sections (kanal): the newspaper's departments, their order and their pages' data. The list every
 * menu shows is kept in memory, current from the change feed (keys {@code sections} and {@code
 * section:<id>}, recorded by every write here).
 *
 * <p>Admins create, rename and reorder them at /redaksi/kanal ({@code SectionAdminController}).
 *
 * <p>Owns table {@code section}. Depends on platform only (the newsroom's frame and audit log are
 * platform.desk); no slug may be one of {@link id.warta.platform.ReservedPaths}.
 */
package id.warta.section;
