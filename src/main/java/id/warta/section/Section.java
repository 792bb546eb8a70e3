package id.warta.section;

/** A section (kanal), such as Nasional or Internasional. */
public record Section(long id, String slug, String name, String description, int position) {

  public String path() {
    return "/" + slug;
  }
}
