package id.warta.platform;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Whole numbers read from a URL, a query parameter or a form field: only the digits 0 to 9, and few
 * enough that no query ever runs with a number the column cannot hold. What a bad number means (400
 * for a bad filter, 404 for an id in a path) stays with the caller, which passes the exception.
 */
public final class RequestNumbers {
  /** Digits in a database id (a {@code BIGINT}). */
  public static final int ID_DIGITS = 18;

  private RequestNumbers() {}

  /** The number {@code raw} spells in 1 to {@code maxDigits} digits; empty for anything else. */
  public static OptionalLong parse(String raw, int maxDigits) {
    if (raw == null
        || raw.isEmpty()
        || raw.length() > maxDigits
        || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(raw));
  }

  /** A database id, or the caller's exception. */
  public static long id(String raw, Supplier<? extends RuntimeException> otherwise) {
    return parse(raw, ID_DIGITS).orElseThrow(otherwise);
  }

  /** A small number (a page, a size, a revision) of at most 9 digits, or the caller's exception. */
  public static int number(
      String raw, int maxDigits, Supplier<? extends RuntimeException> otherwise) {
    if (maxDigits > 9) {
      throw new IllegalArgumentException("an int holds at most 9 digits safely");
    }
    return (int) parse(raw, maxDigits).orElseThrow(otherwise);
  }
}
