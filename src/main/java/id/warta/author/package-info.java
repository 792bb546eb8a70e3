/**
 * Authors (penulis): the people named in bylines, and their pages' data.
 *
 * <p>Owns table {@code author}, and the newsroom's author screens at /redaksi/penulis (editors).
 * Depends on media (portraits) and platform.
 */
package id.warta.author;
