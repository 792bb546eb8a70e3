package id.warta.epaper;

/**
 * A rendered page of an edition: its reader image and thumbnail (JPEG, in the media directory,
 * named after the PDF's content so they can be cached forever).
 */
public record EditionPage(
    int number,
    String imageFile,
    int imageWidth,
    int imageHeight,
    String thumbFile,
    int thumbWidth,
    int thumbHeight) {

  public String imageUrl() {
    return EditionFiles.URL_PREFIX + imageFile;
  }

  public String thumbUrl() {
    return EditionFiles.URL_PREFIX + thumbFile;
  }
}
