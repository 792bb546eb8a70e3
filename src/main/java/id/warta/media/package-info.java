/**
 * The media library: images with credit, caption and alt text, their renditions on disk, and
 * serving them under /media/**.
 *
 * <p>Owns table {@code media} and the media directory. Depends on platform only.
 */
package id.warta.media;
