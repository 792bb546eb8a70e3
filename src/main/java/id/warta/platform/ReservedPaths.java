package id.warta.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first path segments the application answers itself, in one place: no section may take one as
 * its slug (sections live at /{slug}), and the page cache never keeps the private or static ones. A
 * controller mapping a new first segment adds it here (ArchitectureTest checks).
 */
public final class ReservedPaths {
  /** Segments whose responses are private (newsroom, login, errors) or static (files). */
  private static final List<String> UNCACHED =
      List.of(
          "redaksi",
          "actuator",
          "media",
          "css",
          "js",
          "img",
          "webjars",
          "error",
          "login",
          "logout");

  /** Public pages, feeds and files that the page cache may keep. */
  private static final List<String> CACHED =
      List.of(
          "tag",
          "penulis",
          "indeks",
          "populer",
          "mitra",
          "cari",
          "epaper",
          "assets",
          "feed",
          "rss",
          "sitemap",
          "api",
          "robots.txt",
          "favicon.ico",
          "terkini",
          "readyz",
          "livez",
          "halaman");

  private static final List<String> UNCACHED_PATHS = UNCACHED.stream().map(s -> "/" + s).toList();

  /** Every reserved first segment. */
  public static final Set<String> SEGMENTS = all();

  private ReservedPaths() {}

  /** Whether a section may not take this slug. */
  public static boolean isReserved(String segment) {
    return SEGMENTS.contains(segment);
  }

  /** Whether the page cache must leave a request for this path (without query) alone. */
  static boolean bypassesPageCache(String path) {
    for (String segment : UNCACHED_PATHS) {
      // "/redaksi" and "/redaksi/..." but not "/redaksiana", which could be a section
      if (path.startsWith(segment)
          && (path.length() == segment.length() || path.charAt(segment.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /** Whether this path is a load balancer's or orchestrator's health check. */
  static boolean isHealthCheck(String path) {
    return path.equals("/readyz") || path.equals("/livez");
  }

  private static Set<String> all() {
    Set<String> all = new HashSet<>(UNCACHED);
    all.addAll(CACHED);
    return Set.copyOf(all);
  }
}
