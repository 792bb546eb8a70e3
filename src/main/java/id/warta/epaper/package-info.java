/**
 * The e-paper: printed editions, their pages and their Fokus story.
 *
 * <p>Owns table {@code edition}. Depends on platform only.
 */
package id.warta.epaper;
