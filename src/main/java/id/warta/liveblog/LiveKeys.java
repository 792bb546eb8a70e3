package id.warta.liveblog;

/** The surrogate key of what a live blog's entries show: its fragment, feed and article page. */
public final class LiveKeys {
  private LiveKeys() {}

  public static String entries(long articleId) {
    return "live:" + articleId;
  }
}
