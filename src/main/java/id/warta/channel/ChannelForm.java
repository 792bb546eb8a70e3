package id.warta.channel;

import id.warta.platform.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A partner channel as the admin enters it. Numbers are nullable so a form can bind an empty field
 * and get a message for it.
 *
 * @param slug the address under /mitra/; made from the name when blank
 * @param refreshMinutes how often the feed is fetched, {@value #MIN_REFRESH} to {@value
 *     #MAX_REFRESH} minutes
 * @param maxItems how many of the newest items are kept and shown, 1 to {@value #MAX_ITEMS}
 * @param position order among the channels on the home page (smaller first)
 */
public record ChannelForm(
    String name,
    String slug,
    String siteUrl,
    String feedUrl,
    Integer refreshMinutes,
    Integer maxItems,
    Integer position,
    boolean enabled) {
  public static final int MIN_REFRESH = 5;
  public static final int MAX_REFRESH = 1440;
  public static final int MAX_ITEMS = 50;
  static final int NAME_MAX = 80;
  static final int SLUG_MAX = 60;
  static final int URL_MAX = 500;

  /** A new channel's defaults: every 30 minutes, 10 items, enabled. */
  public static ChannelForm of(String name, String siteUrl, String feedUrl) {
    return new ChannelForm(name, "", siteUrl, feedUrl, 30, 10, 0, true);
  }

  public static ChannelForm of(PartnerChannel channel) {
    return new ChannelForm(
        channel.name(),
        channel.slug(),
        channel.siteUrl(),
        channel.feedUrl(),
        channel.refreshMinutes(),
        channel.maxItems(),
        channel.position(),
        channel.enabled());
  }

  /** The form's values checked and normalized, ready to store. */
  record Valid(
      String name,
      String slug,
      String siteUrl,
      String feedUrl,
      int refreshMinutes,
      int maxItems,
      int position,
      boolean enabled) {}

  Valid validate() {
    Map<String, String> errors = new LinkedHashMap<>();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      errors.put("name", "Nama kanal wajib diisi.");
    } else if (cleanName.length() > NAME_MAX) {
      errors.put("name", "Nama kanal paling panjang " + NAME_MAX + " karakter.");
    }
    String cleanSlug = slug == null || slug.isBlank() ? Slugs.of(cleanName) : slug.strip();
    if (cleanSlug.length() > SLUG_MAX) {
      cleanSlug = Slugs.of(cleanSlug.substring(0, SLUG_MAX));
    }
    if (!cleanName.isEmpty() && !Slugs.isValid(cleanSlug)) {
      errors.put(
          "slug",
          "Alamat kanal hanya boleh berisi huruf kecil, angka dan tanda hubung (contoh: mg-news).");
    }
    String site = webAddress(siteUrl, "siteUrl", "Alamat situs mitra", errors);
    String feed = webAddress(feedUrl, "feedUrl", "Alamat umpan (RSS/Atom)", errors);
    int refresh =
        range(
            refreshMinutes,
            MIN_REFRESH,
            MAX_REFRESH,
            "refreshMinutes",
            "Selang pengambilan",
            " menit",
            errors);
    int items = range(maxItems, 1, MAX_ITEMS, "maxItems", "Jumlah berita", "", errors);
    int order = range(position == null ? 0 : position, 0, 999, "position", "Urutan", "", errors);
    if (!errors.isEmpty()) {
      throw new InvalidChannelException(errors);
    }
    return new Valid(cleanName, cleanSlug, site, feed, refresh, items, order, enabled);
  }

  private static String webAddress(
      String value, String field, String label, Map<String, String> errors) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      errors.put(field, label + " wajib diisi.");
      return text;
    }
    if (text.length() > URL_MAX) {
      errors.put(field, label + " paling panjang " + URL_MAX + " karakter.");
      return text;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    errors.put(field, label + " harus alamat web lengkap yang diawali http:// atau https://.");
    return text;
  }

  private static int range(
      Integer value,
      int min,
      int max,
      String field,
      String label,
      String unit,
      Map<String, String> errors) {
    if (value == null) {
      errors.put(field, label + " wajib diisi.");
      return min;
    }
    if (value < min || value > max) {
      errors.put(field, label + " harus antara " + min + " dan " + max + unit + ".");
    }
    return value;
  }
}
