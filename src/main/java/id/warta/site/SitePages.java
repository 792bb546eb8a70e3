package id.warta.site;

import id.warta.page.StaticPage;
import id.warta.platform.BadRequestException;
import id.warta.platform.PageKeys;
import id.warta.section.Section;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Small rules every public page follows. */
final class SitePages {
  private SitePages() {}

  /**
   * Public pages may be cached briefly by browsers and longer by shared caches (Spring Security
   * would otherwise mark them no-store), and by the page cache under the surrogate keys of what
   * they show: the controller names them, the section menu and the footer's static pages every page
   * shows included here.
   */
  static void cachePublicly(HttpServletResponse response, Collection<String> keys) {
    response.setHeader(
        "Cache-Control", "public, max-age=60, s-maxage=60, stale-while-revalidate=30");
    Set<String> all = new HashSet<>(keys);
    all.add(Section.ALL);
    all.add(StaticPage.ALL);
    PageKeys.set(response, all);
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
      throw new BadRequestException(
          "Tanggal tidak valid. Gunakan format TTTT-BB-HH, misalnya 2021-06-23.");
    }
  }
}
