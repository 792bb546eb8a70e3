package id.warta.media;

/**
 * The sizes made once at upload. LARGE, FULL_WIDTH, MEDIUM and SMALL are 3:2 like the seed portal's
 * photos and are what pages show (FULL_WIDTH fills a phone's width at 2-3 device pixels per CSS
 * pixel: without it a phone took the 1800 px photo); WIDE, STANDARD and SQUARE (16:9, 4:3, 1:1) are
 * what search engines and apps ask for in structured data (schema.org {@code NewsArticle.image})
 * and feeds.
 */
public enum Rendition {
  LARGE(1800, 1200, true),
  FULL_WIDTH(1200, 800, true),
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

  /**
   * A srcset of every 3:2 rendition of the image whose page rendition is at this URL, or null when
   * the URL is not one (a body may hold any /media/ path).
   */
  /** The library file key of one of its renditions' addresses, or null for any other address. */
  public static String fileKeyOf(String url) {
    for (Rendition r : values()) {
      String suffix = "-" + r.width + "x" + r.height + ".jpg";
      if (url.startsWith("/media/") && url.endsWith(suffix)) {
        String fileKey = url.substring("/media/".length(), url.length() - suffix.length());
        return fileKey.isEmpty() || fileKey.contains("/") ? null : fileKey;
      }
    }
    return null;
  }

  public static String srcsetOf(String url) {
    for (Rendition r : values()) {
      String suffix = "-" + r.width + "x" + r.height + ".jpg";
      if (r.shownOnPages && url.startsWith("/media/") && url.endsWith(suffix)) {
        String fileKey = url.substring("/media/".length(), url.length() - suffix.length());
        return fileKey.isEmpty() || fileKey.contains("/") ? null : srcset(fileKey);
      }
    }
    return null;
  }

  /** Every 3:2 rendition of an image with its width, for a responsive {@code <img>}. */
  public static String srcset(String fileKey) {
    StringBuilder s = new StringBuilder();
    for (Rendition r : values()) {
      if (r.shownOnPages) {
        s.append(s.isEmpty() ? "" : ", ")
            .append(r.url(fileKey))
            .append(' ')
            .append(r.width)
            .append('w');
      }
    }
    return s.toString();
  }

  String fileName(String fileKey) {
    return fileKey + "-" + width + "x" + height + ".jpg";
  }

  public String url(String fileKey) {
    return "/media/" + fileName(fileKey);
  }
}
