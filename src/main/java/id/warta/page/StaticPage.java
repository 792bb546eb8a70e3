package id.warta.page;

import java.time.Instant;

/** A static page; only a published one is seen by readers. */
public record StaticPage(
    long id,
    String slug,
    String title,
    String bodyHtml,
    boolean published,
    int position,
    int version,
    Instant updatedAt) {
  /** Surrogate key of the list of published pages every footer shows. */
  public static final String ALL = "pages";

  public static String key(long id) {
    return "page:" + id;
  }

  public static String pathOf(String slug) {
    return "/halaman/" + slug;
  }

  public String path() {
    return pathOf(slug);
  }
}
