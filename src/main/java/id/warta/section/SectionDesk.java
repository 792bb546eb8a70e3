package id.warta.section;

import id.warta.platform.BadRequestException;
import id.warta.platform.NotFoundException;
import id.warta.platform.ReservedPaths;
import id.warta.platform.Slugs;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admins create, rename and reorder sections (kanal). Every reader page shows the sections in its
 * navigation: the repository records each change in its transaction, and every cache and page that
 * shows the menu is refreshed from the change feed after the commit.
 */
@Service
class SectionDesk {
  static final int NAME_MAX = 80;
  static final int SLUG_MAX = 60;
  static final int DESCRIPTION_MAX = 300;

  /** A form that cannot be saved: Indonesian messages keyed by field. */
  static final class InvalidSection extends BadRequestException {
    private final Map<String, String> errors;

    InvalidSection(Map<String, String> errors) {
      super(String.join(" ", errors.values()));
      this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
      return errors;
    }
  }

  private final SectionRepository sections;
  private final AuditLog audit;
  private final TransactionTemplate transactions;

  SectionDesk(SectionRepository sections, AuditLog audit, TransactionTemplate transactions) {
    this.sections = sections;
    this.audit = audit;
    this.transactions = transactions;
  }

  List<Section> all() {
    return sections.findAll();
  }

  Section find(long id) {
    return sections.findById(id).orElseThrow(() -> new NotFoundException("Kanal tidak ditemukan."));
  }

  /** A new section goes to the end of the order. */
  Section create(Actor actor, SectionFields fields) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = name(fields.name(), errors);
    String description = description(fields.description(), errors);
    String made = Slugs.of(name);
    String slug =
        !fields.slug().isBlank()
            ? fields.slug().strip()
            : made.length() > SLUG_MAX ? Slugs.of(made.substring(0, SLUG_MAX)) : made;
    if (!name.isEmpty() || !fields.slug().isBlank()) {
      if (slug.length() > SLUG_MAX || !Slugs.isValid(slug)) {
        errors.put(
            "slug",
            "Alamat kanal hanya boleh berisi huruf kecil, angka dan tanda hubung "
                + "(contoh: ekonomi-bisnis), paling panjang "
                + SLUG_MAX
                + " karakter.");
      } else if (ReservedPaths.isReserved(slug)) {
        errors.put("slug", "Alamat /" + slug + " dipakai situs sendiri; pilih alamat lain.");
      } else if (sections.findBySlug(slug).isPresent()) {
        errors.put("slug", slugTaken(slug));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSection(errors);
    }
    Section created =
        transactions.execute(
            status -> {
              // The check above is for the form's message; the insert itself decides.
              Section s =
                  sections
                      .createLast(slug, name, description)
                      .orElseThrow(() -> new InvalidSection(Map.of("slug", slugTaken(slug))));
              audit.record(actor, "SECTION_CREATED", "kanal " + slug, name);
              return s;
            });
    return created;
  }

  /** Changes the name and description; the address stays, so links to the section keep working. */
  Section rename(Actor actor, long id, SectionFields fields) {
    Section before = find(id);
    Map<String, String> errors = new LinkedHashMap<>();
    String name = name(fields.name(), errors);
    String description = description(fields.description(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidSection(errors);
    }
    transactions.executeWithoutResult(
        status -> {
          sections.rename(id, name, description);
          audit.record(
              actor, "SECTION_RENAMED", "kanal " + before.slug(), before.name() + " -> " + name);
        });
    return find(id);
  }

  /** Moves the section one place up (-1) or down (+1); at either end nothing changes. */
  void move(Actor actor, long id, int step) {
    Section moved = find(id);
    transactions.executeWithoutResult(
        status -> {
          // The order as committed, not the menu's list: a reader may have put an old one back.
          List<Long> order = new ArrayList<>(sections.idsInOrder());
          int from = order.indexOf(id);
          int to = from + step;
          if (to < 0 || to >= order.size()) {
            return;
          }
          order.remove(from);
          order.add(to, id);
          sections.reorder(order);
          audit.record(
              actor, "SECTION_MOVED", "kanal " + moved.slug(), step < 0 ? "naik" : "turun");
        });
  }

  private static String slugTaken(String slug) {
    return "Alamat /" + slug + " sudah dipakai kanal lain.";
  }

  private static String name(String value, Map<String, String> errors) {
    String name = value.strip();
    if (name.isEmpty()) {
      errors.put("name", "Nama kanal wajib diisi.");
    } else if (name.length() > NAME_MAX) {
      errors.put("name", "Nama kanal paling panjang " + NAME_MAX + " karakter.");
    }
    return name;
  }

  private static String description(String value, Map<String, String> errors) {
    String description = value.strip();
    if (description.length() > DESCRIPTION_MAX) {
      errors.put("description", "Keterangan paling panjang " + DESCRIPTION_MAX + " karakter.");
    }
    return description;
  }
}
