package id.warta.media;

/**
 * The sizes made once at upload. LARGE, MEDIUM and SMALL are 3:2 like the seed portal's photos
 * and are what pages show; WIDE, STANDARD and SQUARE (16:9, 4:3, 1:1) are what search engines
 * and apps ask for in structured data (schema.org {@code NewsArticle.image}) and feeds.
 */
public enum Rendition {
  LARGE(1800, 1200, true),
  MEDIUM(600, 400, true),
  SMALL(300, 200, true),
  WIDE(1600, 900, false),
  STANDARD(1200, 900, false),
  SQUARE(1200, 1200, false);

  private final int width;
  private final int height;
  private final boolean shownOnPages;

  Rendition(int width, int height, boolean shownOnPages) {
    this.width = width;
    this.height = height;
    this.shownOnPages = shownOnPages;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Whether pages use it (a srcset mixes only renditions of one shape). */
  public boolean shownOnPages() {
    return shownOnPages;
  }

  String fileName(String fileKey) {
    return fileKey + "-" + width + "x" + height + ".jpg";
  }

  public String url(String fileKey) {
    return "/media/" + fileName(fileKey);
  }
}
