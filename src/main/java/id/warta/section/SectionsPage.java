package id.warta.section;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin's sections: the list in reader order with a rename form each, and the new-section form.
 * A refused form comes back as typed with its messages.
 *
 * @param editing the section whose rename form was refused, or null
 * @param fields what was typed in the refused form (new section or {@code editing})
 */
public record SectionsPage(
    List<Section> sections, Long editing, SectionFields fields, Map<String, String> errors) {

  static SectionsPage of(List<Section> sections) {
    return new SectionsPage(sections, null, SectionFields.EMPTY, Map.of());
  }

  /** What a section's rename form shows: the refused input for that one, else its own values. */
  public SectionFields fieldsFor(Section section) {
    return Long.valueOf(section.id()).equals(editing)
        ? fields
        : new SectionFields(section.name(), section.slug(), section.description());
  }

  /** What the new-section form shows. */
  public SectionFields newFields() {
    return editing == null ? fields : SectionFields.EMPTY;
  }

  /** The message for a field of the given section's form (null: the new-section form). */
  public String error(Long section, String field) {
    return Objects.equals(section, editing) ? errors.get(field) : null;
  }

  public boolean first(Section section) {
    return !sections.isEmpty() && sections.getFirst().id() == section.id();
  }

  public boolean last(Section section) {
    return !sections.isEmpty() && sections.getLast().id() == section.id();
  }
}
