package id.warta.media;

/**
 * One image's newsroom page: its renditions, the text form (as typed when a save was refused), and
 * the delete form for editors.
 */
public record MediaEditPage(MediaAsset asset, String credit, String caption, String alt) {
  /** Whether the image is smaller than the largest rendition (it was not enlarged). */
  public boolean small() {
    return MediaLibrary.smallerThanLargest(asset);
  }
}
