package id.warta.wire;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The admin's form for a wire source, as typed; {@link #validate} gives a Valid one or the errors.
 */
public record WireSourceForm(
    String name,
    String kind,
    String location,
    String agency,
    Integer pollMinutes,
    Boolean enabled) {

  record Valid(
      String name,
      WireKind kind,
      String location,
      String agency,
      int pollMinutes,
      boolean enabled) {}

  /** Checks every field; a folder must lie under {@code folderRoot}. */
  Valid validate(Path folderRoot, List<String> errors) {
    String n = name == null ? "" : name.strip();
    String a = agency == null ? "" : agency.strip().toUpperCase(Locale.ROOT);
    String l = location == null ? "" : location.strip();
    WireKind k = null;
    try {
      k = WireKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      errors.add("Pilih jenis sumber.");
    }
    if (n.isEmpty() || n.length() > 80) {
      errors.add("Nama wajib diisi, paling banyak 80 karakter.");
    }
    if (a.isEmpty() || a.length() > 40) {
      errors.add("Kode kantor berita wajib diisi (misalnya ANTARA), paling banyak 40 karakter.");
    }
    int poll = pollMinutes == null ? 5 : pollMinutes;
    if (poll < 1 || poll > 1440) {
      errors.add("Selang pengambilan 1 sampai 1440 menit.");
    }
    if (l.isEmpty() || l.length() > 1000) {
      errors.add("Alamat atau folder wajib diisi, paling banyak 1000 karakter.");
    } else if (k == WireKind.NEWSML_FOLDER) {
      Path folder = folderRoot.resolve(l).normalize();
      if (!folder.startsWith(folderRoot.normalize())) {
        errors.add("Folder harus berada di dalam folder kawat " + folderRoot + ".");
      }
    } else if (k != null) {
      try {
        URI uri = new URI(l);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          errors.add("Alamat harus berupa alamat web http atau https.");
        }
      } catch (java.net.URISyntaxException e) {
        errors.add("Alamat tidak sah.");
      }
    }
    return errors.isEmpty() ? new Valid(n, k, l, a, poll, Boolean.TRUE.equals(enabled)) : null;
  }

  static WireSourceForm empty() {
    return new WireSourceForm("", WireKind.NEWSML_HTTP.name(), "", "", 5, true);
  }

  static List<String> newErrors() {
    return new ArrayList<>();
  }
}
