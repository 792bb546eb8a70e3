package id.warta.section;

/** A section (kanal), such as Nasional or Internasional. */
public record Section(long id, String slug, String name, String description, int position) {
  /** Surrogate key of the section list: every public page shows it in its menu. */
  public static final String ALL = "sections";

  /** Surrogate key of what one section shows: its name and the articles filed in it. */
  public static String key(long id) {
    return "section:" + id;
  }

  public String path() {
    return "/" + slug;
  }
}
