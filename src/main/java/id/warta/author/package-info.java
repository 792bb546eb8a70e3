/**
 * Authors (penulis): the people named in bylines, and their pages' data.
 *
 * <p>Owns table {@code author}. Depends on platform only.
 */
package id.warta.author;
