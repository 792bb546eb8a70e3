package id.warta.site;

import id.warta.platform.BadRequestException;
import id.warta.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Small rules every public page follows. */
final class SitePages {
  private SitePages() {}

  /**
   * Public pages may be cached briefly by browsers and longer by shared caches; Spring Security
   * would otherwise mark them no-store.
   */
  static void cachePublicly(HttpServletResponse response) {
    response.setHeader("Cache-Control", "public, max-age=60, s-maxage=60, stale-while-revalidate=30");
  }

  /** An article id from the URL; anything that is not one is a page that does not exist. */
  static long parseId(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
      throw new NotFoundException("Artikel tidak ditemukan.");
    }
    return Long.parseLong(raw);
  }

  /** A date filter "2021-06-23"; absent means none. */
  static LocalDate parseDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(raw.strip());
      if (date.getYear() < 1900 || date.getYear() > 9999) {
        throw new BadRequestException("Tanggal tidak valid.");
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new BadRequestException("Tanggal tidak valid. Gunakan format TTTT-BB-HH, misalnya 2021-06-23.");
    }
  }
}
