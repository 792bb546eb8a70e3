package id.warta.newsroom;

import java.util.Locale;
import id.warta.platform.BadRequestException;

/** What a save of the editor form also does to the article's status. */
enum Action {
  SIMPAN("Disimpan"),
  AJUKAN("Diajukan ke editor"),
  TERBITKAN("Diterbitkan"),
  JADWALKAN("Dijadwalkan"),
  TARIK("Ditarik dari situs"),
  KEMBALIKAN("Dikembalikan ke penulis");

  private final String label;

  Action(String label) {
    this.label = label;
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
