package id.warta.author;

/** A writer named in bylines, with a page of their own at /penulis/{slug}. */
public record Author(long id, String slug, String name, String bio) {

  public String path() {
    return "/penulis/" + slug;
  }
}
