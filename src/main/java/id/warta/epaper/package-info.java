/**
 * The e-paper: printed editions uploaded as PDF, processed in the background into page images and
 * page text, and their Fokus story.
 *
 * <p>Owns tables {@code edition} and {@code edition_page}. Public API: {@link
 * id.warta.epaper.EditionService} (upload, replace, delete, retry, progress), {@link
 * id.warta.epaper.EditionRepository} (reads), the event {@link id.warta.epaper.EditionReady}.
 * Editors upload at /redaksi/epaper ({@code EpaperDeskController}). Depends on platform only; its
 * page images live in the media directory and are served at /media/epaper/ with the media.
 */
package id.warta.epaper;
