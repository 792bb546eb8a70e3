package id.warta.site;

/** The surrogate keys the reader site's pages carry (see platform.CacheTags). */
final class CacheKeys {
  static final String HOME = "home";
  static final String INDEKS = "indeks";
  static final String LATEST = "latest";
  static final String POPULAR = "popular";
  static final String WEEKEND = "weekend";
  static final String CHANNELS = "channels";
  static final String EPAPER = "epaper";

  private CacheKeys() {}

  static String section(long id) {
    return "section:" + id;
  }

  static String tag(long id) {
    return "tag:" + id;
  }

  static String author(long id) {
    return "author:" + id;
  }
}
