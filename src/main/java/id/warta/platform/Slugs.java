package id.warta.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs from Indonesian titles: "Junta Myanmar Berterima Kasih" →
 * "junta-myanmar-berterima-kasih".
 */
public final class Slugs {
  public static final int MAX_LENGTH = 120;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    // Apostrophes join words ("Jum'at" → "jumat") instead of splitting them.
    plain = plain.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
    String slug = NOT_SLUG.matcher(plain).replaceAll("-");
    slug = trimDashes(slug);
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = trimDashes(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
    }
    return slug;
  }

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
  }

  private static String trimDashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
