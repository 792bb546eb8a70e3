package id.warta.media;

/**
 * An image's credit, caption or alternative text changed: the pages that show it are out of date.
 * Published in the writing transaction, so listeners record their changes in it.
 */
public record MediaDescribed(long mediaId, String fileKey) {}
