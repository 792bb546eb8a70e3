package id.warta.channel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The partner channel form exactly as typed: numbers stay text so that "abc" comes back in the
 * field with a message instead of a bare 400.
 */
public record ChannelFields(
    String name,
    String slug,
    String siteUrl,
    String feedUrl,
    String refreshMinutes,
    String maxItems,
    String position) {

  public ChannelFields {
    name = name == null ? "" : name;
    slug = slug == null ? "" : slug;
    siteUrl = siteUrl == null ? "" : siteUrl;
    feedUrl = feedUrl == null ? "" : feedUrl;
    refreshMinutes = refreshMinutes == null ? "" : refreshMinutes;
    maxItems = maxItems == null ? "" : maxItems;
    position = position == null ? "" : position;
  }

  static ChannelFields of(ChannelForm form) {
    return new ChannelFields(
        form.name(),
        form.slug(),
        form.siteUrl(),
        form.feedUrl(),
        text(form.refreshMinutes()),
        text(form.maxItems()),
        text(form.position()));
  }

  /** Messages for numbers that are not numbers; the form's own checks do the rest. */
  Map<String, String> numberErrors() {
    Map<String, String> errors = new LinkedHashMap<>();
    notANumber(refreshMinutes, "refreshMinutes", "Selang pengambilan", errors);
    notANumber(maxItems, "maxItems", "Jumlah berita", errors);
    notANumber(position, "position", "Urutan", errors);
    return errors;
  }

  /**
   * The form for {@code ChannelAdmin}. A number that cannot be read becomes a value out of range,
   * so the channel's own validation refuses the form and reports the other fields too.
   */
  ChannelForm toForm(boolean enabled) {
    return new ChannelForm(
        name,
        slug,
        siteUrl,
        feedUrl,
        number(refreshMinutes),
        number(maxItems),
        number(position),
        enabled);
  }

  private static Integer number(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static void notANumber(
      String text, String field, String label, Map<String, String> errors) {
    if (Integer.valueOf(Integer.MIN_VALUE).equals(number(text))) {
      errors.put(field, label + " harus berupa angka bulat.");
    }
  }

  private static String text(Integer value) {
    return value == null ? "" : value.toString();
  }
}
