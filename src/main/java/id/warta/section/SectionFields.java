package id.warta.section;

/** The section form as typed (slug only when creating: a section's address never changes). */
public record SectionFields(String name, String slug, String description) {
  static final SectionFields EMPTY = new SectionFields("", "", "");

  public SectionFields {
    name = name == null ? "" : name;
    slug = slug == null ? "" : slug;
    description = description == null ? "" : description;
  }
}
