/**
 * The media library: images with credit, caption and alt text, their renditions on disk, and
 * serving them under /media/**.
 *
 * <p>The library's newsroom screen is /redaksi/media ({@code MediaController}); before deleting, it
 * asks every {@link id.warta.media.MediaReferences} (articles) what still shows the image.
 *
 * <p>Owns table {@code media} and the media directory. Depends on platform only.
 */
package id.warta.media;
