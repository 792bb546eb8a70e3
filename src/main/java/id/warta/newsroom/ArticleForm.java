package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleSeo;
import id.warta.article.ArticleStatus;
import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.platform.RequestNumbers;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editor form as typed. Kept as text so that whatever was typed, valid or not, goes back on the
 * screen when a save is refused.
 *
 * @param bacaJuga the "Baca Juga" list: article ids or addresses, separated by commas or lines
 * @param bacaJugaDalam the one "Baca Juga" link inside the body: an article id or address
 * @param waktu the publication time for scheduling, as a datetime-local value in the site zone
 * @param seoJudul the SEO title; empty for the title
 * @param seoDeskripsi the meta description; empty for the lead
 * @param fotoSosial the social image's media id; empty for the lead photo
 */
public record ArticleForm(
    String judul,
    String kanal,
    List<String> penulis,
    String ringkasan,
    String isi,
    String foto,
    String sumber,
    String kodeEditor,
    String tag,
    String bacaJuga,
    String bacaJugaDalam,
    String slug,
    String versi,
    String waktu,
    String seoJudul,
    String seoDeskripsi,
    String fotoSosial) {
  /** An article's public path (/nasional/42/judul) or its editor's (/redaksi/artikel/42). */
  private static final Pattern ARTICLE_PATH =
      Pattern.compile("^/(?:[a-z0-9-]+|redaksi/artikel)/(\\d{1,18})(?:/[^/]*)?/?$");

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  public ArticleForm {
    penulis = penulis == null ? List.of() : List.copyOf(penulis);
    seoJudul = seoJudul == null ? "" : seoJudul;
    seoDeskripsi = seoDeskripsi == null ? "" : seoDeskripsi;
    fotoSosial = fotoSosial == null ? "" : fotoSosial;
  }

  static ArticleForm empty(Long authorId) {
    return new ArticleForm(
        "",
        "",
        authorId == null ? List.of() : List.of(String.valueOf(authorId)),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "0",
        "",
        "",
        "",
        "");
  }

  static ArticleForm of(
      Article a, List<Author> authors, List<Tag> tags, List<Long> related, ZoneId zone) {
    return new ArticleForm(
        a.title(),
        String.valueOf(a.sectionId()),
        authors.stream().map(x -> String.valueOf(x.id())).toList(),
        a.lead(),
        a.bodyHtml(),
        a.leadMediaId() == null ? "" : String.valueOf(a.leadMediaId()),
        a.source(),
        a.editorCode(),
        tags.stream().map(Tag::name).collect(Collectors.joining(", ")),
        related.stream().map(String::valueOf).collect(Collectors.joining(", ")),
        a.readAlsoId() == null ? "" : String.valueOf(a.readAlsoId()),
        a.slug(),
        String.valueOf(a.version()),
        a.status() == ArticleStatus.SCHEDULED && a.publishedAt() != null
            ? LOCAL.format(LocalDateTime.ofInstant(a.publishedAt(), zone))
            : "",
        a.seo().title(),
        a.seo().description(),
        a.seo().imageId() == null ? "" : String.valueOf(a.seo().imageId()));
  }

  /**
   * The article fields; the status and publication time are the workflow's to decide.
   *
   * @param site the site's own address: Baca Juga takes only its articles
   */
  ArticleDraft toDraft(URI site) {
    String title = text(judul);
    if (title.isEmpty()) {
      throw new IllegalArgumentException("Judul wajib diisi.");
    }
    Long section = id(kanal, "Pilih kanal.");
    if (section == null) {
      throw new IllegalArgumentException("Pilih kanal.");
    }
    List<Long> authorIds = new ArrayList<>();
    for (String p : penulis) {
      Long a = id(p, "Penulis tidak dikenal.");
      if (a != null && !authorIds.contains(a)) {
        authorIds.add(a);
      }
    }
    if (authorIds.isEmpty()) {
      throw new IllegalArgumentException("Pilih paling sedikit satu penulis.");
    }
    List<String> tags = new ArrayList<>();
    for (String t : text(tag).split("[,\\n]")) {
      if (!t.isBlank() && tags.stream().noneMatch(x -> x.equalsIgnoreCase(t.strip()))) {
        tags.add(t.strip());
      }
    }
    List<Long> related = new ArrayList<>(articleIds(bacaJuga, site, "Baca Juga"));
    List<Long> inline = articleIds(bacaJugaDalam, site, "Baca Juga");
    if (inline.size() > 1) {
      throw new IllegalArgumentException("Baca Juga di dalam isi hanya satu artikel.");
    }
    return new ArticleDraft(
        section,
        title,
        text(slug),
        text(ringkasan),
        isi == null ? "" : withoutControls(isi),
        text(sumber),
        text(kodeEditor),
        id(foto, "Foto utama tidak dikenal."),
        inline.isEmpty() ? null : inline.getFirst(),
        ArticleStatus.DRAFT,
        null,
        null,
        authorIds,
        tags,
        related,
        new ArticleSeo(
            text(seoJudul).replaceAll("\\s+", " "),
            text(seoDeskripsi).replaceAll("\\s+", " "),
            id(fotoSosial, "Gambar media sosial tidak dikenal.")));
  }

  int version() {
    try {
      return Integer.parseInt(text(versi));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Versi artikel tidak valid; muat ulang halaman.");
    }
  }

  /** The scheduling time typed, or null when none. */
  Instant scheduleAt(ZoneId zone) {
    String w = text(waktu);
    if (w.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(w.length() > 16 ? w.substring(0, 16) : w, LOCAL)
          .atZone(zone)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Waktu terbit tidak valid; gunakan format TTTT-BB-HHTjj:mm.");
    }
  }

  /**
   * Article ids typed as numbers or as addresses of this site's articles. An address elsewhere is
   * refused, whatever number it ends in: https://evil.example/x/5 is not article 5.
   */
  static List<Long> articleIds(String text, URI site, String field) {
    var ids = new LinkedHashSet<Long>();
    for (String token : text(text).split("[,\\s]+")) {
      if (token.isBlank()) {
        continue;
      }
      var id = RequestNumbers.parse(token, RequestNumbers.ID_DIGITS);
      if (id.isPresent()) {
        ids.add(id.getAsLong());
        continue;
      }
      URI address = address(token);
      if (address != null && address.getHost() != null && !sameSite(address, site)) {
        throw new IllegalArgumentException(
            "\""
                + token
                + "\" bukan alamat artikel situs ini; "
                + field
                + " hanya memuat artikel "
                + site.getHost()
                + " (alamat atau nomornya).");
      }
      Matcher m =
          address == null || address.getRawPath() == null
              ? null
              : ARTICLE_PATH.matcher(address.getRawPath());
      if (m == null || !m.matches() || (address.getHost() == null && address.getScheme() != null)) {
        throw new IllegalArgumentException(
            "\"" + token + "\" bukan nomor atau alamat artikel untuk " + field + ".");
      }
      ids.add(Long.parseLong(m.group(1)));
    }
    return List.copyOf(ids);
  }

  private static URI address(String token) {
    try {
      return new URI(token);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static boolean sameSite(URI address, URI site) {
    String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return false;
    }
    boolean defaultPort =
        address.getPort() == -1 || address.getPort() == 80 || address.getPort() == 443;
    return address.getHost().equalsIgnoreCase(site.getHost())
        && (site.getPort() == -1 ? defaultPort : address.getPort() == site.getPort());
  }

  private static Long id(String value, String message) {
    String v = text(value);
    if (v.isEmpty()) {
      return null;
    }
    return RequestNumbers.id(v, () -> new IllegalArgumentException(message));
  }

  private static String text(String s) {
    return s == null ? "" : withoutControls(s).strip();
  }

  /** Control characters (NUL and the like) have no place in an article; line breaks do. */
  static String withoutControls(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
  }
}
