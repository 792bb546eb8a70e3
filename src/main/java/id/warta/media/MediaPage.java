package id.warta.media;

import java.util.List;

/** The media library screen, with what was typed into the upload form. */
public record MediaPage(List<MediaAsset> items, String credit, String caption, String alt) {}
