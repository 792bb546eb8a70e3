package id.warta.author;

import id.warta.platform.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The author form as typed; kept as text so that it goes back on the screen when refused.
 *
 * @param nama the name in bylines
 * @param slug the address /penulis/{slug}; empty to derive it from the name
 * @param foto the portrait's media id, or empty
 * @param bio a short biography
 * @param tautan links, one per line (http or https)
 */
public record AuthorFields(String nama, String slug, String foto, String bio, String tautan) {
  static final AuthorFields EMPTY = new AuthorFields("", "", "", "", "");

  static AuthorFields of(AuthorProfile a) {
    return new AuthorFields(
        a.name(),
        a.slug(),
        a.photoMediaId() == null ? "" : String.valueOf(a.photoMediaId()),
        a.bio(),
        a.links());
  }

  /** The checked values. */
  record Valid(String name, String slug, Long photo, String bio, String links) {}

  Valid validate() {
    String name = text(nama);
    if (name.isEmpty() || name.length() > 120) {
      throw new IllegalArgumentException("Nama wajib diisi, paling banyak 120 karakter.");
    }
    String s = text(slug).isEmpty() ? Slugs.of(name) : text(slug);
    if (!Slugs.isValid(s) || s.length() > Slugs.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Alamat tidak valid: gunakan huruf kecil, angka dan tanda hubung, paling banyak 120"
              + " karakter.");
    }
    String b = text(bio);
    if (b.length() > 1000) {
      throw new IllegalArgumentException("Biografi paling banyak 1000 karakter.");
    }
    Long photo = null;
    String f = text(foto);
    if (!f.isEmpty()) {
      if (f.length() > 18 || !f.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("Foto tidak dikenal.");
      }
      photo = Long.parseLong(f);
    }
    List<String> links = new ArrayList<>();
    for (String line : text(tautan).split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (!isWebAddress(l)) {
        throw new IllegalArgumentException(
            "\"" + l + "\" bukan alamat web (http:// atau https://).");
      }
      links.add(l);
    }
    String joined = String.join("\n", links);
    if (links.size() > 10 || joined.length() > 2000) {
      throw new IllegalArgumentException("Paling banyak 10 tautan, seluruhnya 2000 karakter.");
    }
    return new Valid(name, s, photo, b, joined);
  }

  private static boolean isWebAddress(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
  }
}
