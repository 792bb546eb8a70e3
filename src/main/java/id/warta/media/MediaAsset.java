package id.warta.media;

/**
 * An image in the media library. Every image carries its credit ("AFP"), caption and alt text.
 *
 * @param fileKey content hash of the original; names its renditions on disk
 */
public record MediaAsset(
    long id,
    String fileKey,
    String contentType,
    int width,
    int height,
    String credit,
    String caption,
    String altText) {

  public String url(Rendition rendition) {
    return rendition.url(fileKey);
  }

  /** A srcset listing every 3:2 rendition, for responsive images. */
  public String srcset() {
    return Rendition.srcset(fileKey);
  }
}
