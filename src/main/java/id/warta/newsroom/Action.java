package id.warta.newsroom;

import id.warta.article.StatusChange;
import id.warta.platform.BadRequestException;
import java.util.Locale;

/** What a save of the editor form also does to the article's status. */
enum Action {
  SIMPAN("Disimpan", StatusChange.NONE, false),
  AJUKAN("Diajukan ke editor", StatusChange.SUBMIT, false),
  TARIK_AJUAN("Ditarik kembali dari antrean", StatusChange.PULL_BACK, false),
  TERBITKAN("Diterbitkan", StatusChange.PUBLISH, true),
  JADWALKAN("Dijadwalkan", StatusChange.SCHEDULE, true),
  TARIK("Ditarik dari situs", StatusChange.WITHDRAW, true),
  KEMBALIKAN("Dikembalikan ke penulis", StatusChange.RETURN, true);

  private final String label;
  private final StatusChange change;
  private final boolean editorsOnly;

  Action(String label, StatusChange change, boolean editorsOnly) {
    this.label = label;
    this.change = change;
    this.editorsOnly = editorsOnly;
  }

  /** What the action does to the article's status (the rules are the article feature's). */
  StatusChange change() {
    return change;
  }

  boolean editorsOnly() {
    return editorsOnly;
  }

  String label() {
    return label;
  }

  /** What the editor is told after the save: "Artikel disimpan.", "Artikel diterbitkan."... */
  String notice() {
    return "Artikel " + label.toLowerCase(Locale.ROOT) + ".";
  }

  static Action parse(String value) {
    if (value == null || value.isBlank()) {
      return SIMPAN;
    }
    for (Action a : values()) {
      if (a.name().equalsIgnoreCase(value.strip())) {
        return a;
      }
    }
    throw new BadRequestException("Tindakan tidak dikenal.");
  }
}
