package id.warta.article;

/** A topic (Tag/Topik) with a page of its own at /tag/{slug}. */
public record Tag(long id, String slug, String name) {

  public String path() {
    return "/tag/" + slug;
  }
}
