package id.warta.author;

/** A writer named in bylines, with a page of their own at /penulis/{slug}. */
public record Author(long id, String slug, String name, String bio) {

  /** Surrogate key of what an author's page shows: the articles they wrote. */
  public static String key(long id) {
    return "author:" + id;
  }

  public String path() {
    return "/penulis/" + slug;
  }
}
