package id.warta.media;

import java.util.List;

/**
 * The media library screen, with what was typed into the upload form.
 *
 * @param query the search typed (caption, credit, alternative text), or empty for the newest
 */
public record MediaPage(
    List<MediaAsset> items, String credit, String caption, String alt, String query) {}
