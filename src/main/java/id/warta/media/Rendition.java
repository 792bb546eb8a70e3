package id.warta.media;

/** The sizes the site shows, made once at upload, all 3:2 like the seed portal's photos. */
public enum Rendition {
  LARGE(1800, 1200),
  MEDIUM(600, 400),
  SMALL(300, 200);

  private final int width;
  private final int height;

  Rendition(int width, int height) {
    this.width = width;
    this.height = height;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  String fileName(String fileKey) {
    return fileKey + "-" + width + "x" + height + ".jpg";
  }

  public String url(String fileKey) {
    return "/media/" + fileName(fileKey);
  }
}
