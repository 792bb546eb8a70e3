package id.warta.platform;

/** Told of every article page served from the page cache, so the view still counts. */
public interface PageHitListener {
  void articleViewed(long articleId, String userAgent);
}
