package id.warta.redirect;

import id.warta.platform.ChangeFeed;
import id.warta.platform.Changes;
import id.warta.platform.KeyedCache;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The redirect table: old paths and where they go now. */
@Repository
public class Redirects {
  static final String KEY = "redirects";
  static final int PATH_MAX = 500;
  private static final Pattern QUERY_ID =
      Pattern.compile("(?:^|&)(p|page_id)=([0-9]{1,18})(?:&|$)");

  private final JdbcClient jdbc;
  private final Changes changes;
  private final Clock clock;

  /** Asked on every request that is not a file: misses are kept too (the usual answer). */
  private final KeyedCache<String, Optional<String>> byPath;

  Redirects(JdbcClient jdbc, Changes changes, ChangeFeed feed, Clock clock) {
    this.jdbc = jdbc;
    this.changes = changes;
    this.clock = clock;
    this.byPath = feed.newCache(20_000, null);
  }

  /**
   * The form an address is stored and looked up in: the path as asked, and of the query only
   * WordPress's {@code p} or {@code page_id} on the site's root ({@code /?p=42}); null when it is
   * not a local path.
   */
  public static String normalize(String path, String query) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.length() > PATH_MAX) {
      return null;
    }
    if (path.equals("/")) {
      if (query == null) {
        return null;
      }
      var m = QUERY_ID.matcher(query);
      return m.find() ? "/?" + m.group(1) + "=" + m.group(2) : null;
    }
    return path;
  }

  /** An address typed by an editor or found in an export: a path, or a URL whose path is kept. */
  public static String normalize(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(address.strip());
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return normalize(path, uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public Optional<String> find(String oldPath) {
    return byPath.get(
        oldPath,
        p ->
            new KeyedCache.Loaded<>(
                jdbc.sql("SELECT target FROM redirect WHERE old_path = :path")
                    .param("path", p)
                    .query(String.class)
                    .optional(),
                Set.of(KEY)));
  }

  /**
   * Makes {@code oldPath} answer with {@code target}, replacing what it answered before.
   *
   * @throws IllegalArgumentException when either is not a local path, or they are the same
   */
  public void put(String oldPath, String target, String origin) {
    write(oldPath, target, origin);
    changes.record(KEY);
  }

  /**
   * Makes each old path answer with its target, in the caller's transaction; pairs that are not
   * redirects (the same address, not a local path) are left out.
   *
   * @return how many were written
   */
  public int putAll(java.util.Map<String, String> targets, String origin) {
    int written = 0;
    for (var e : targets.entrySet()) {
      try {
        write(e.getKey(), e.getValue(), origin);
        written++;
      } catch (IllegalArgumentException ignored) {
        // an old address that is the new one, or no local path: nothing to redirect
      }
    }
    if (written > 0) {
      changes.record(KEY);
    }
    return written;
  }

  private void write(String oldPath, String target, String origin) {
    String from = normalize(oldPath);
    if (from == null) {
      throw new IllegalArgumentException(
          "Alamat lama tidak valid: tulis jalurnya, misalnya /ekonomi/judul-berita/ atau /?p=42.");
    }
    if (target == null
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.length() > PATH_MAX
        || target.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "Alamat tujuan harus jalur di situs ini, misalnya /ekonomi/42/judul-berita.");
    }
    if (from.equals(target)) {
      throw new IllegalArgumentException("Alamat lama dan tujuan sama.");
    }
    jdbc.sql(
            """
            INSERT INTO redirect (old_path, target, origin, created_at)
            VALUES (:path, :target, :origin, :at)
            ON CONFLICT (old_path) DO UPDATE SET target = excluded.target, origin = excluded.origin
            """)
        .param("path", from)
        .param("target", target)
        .param("origin", origin)
        .param("at", clock.millis())
        .update();
  }

  public boolean delete(String oldPath) {
    int deleted =
        jdbc.sql("DELETE FROM redirect WHERE old_path = :path").param("path", oldPath).update();
    if (deleted > 0) {
      changes.record(KEY);
    }
    return deleted > 0;
  }

  public List<Redirect> list(long offset, int limit) {
    return jdbc.sql(
            """
            SELECT old_path, target, origin, created_at FROM redirect
            ORDER BY created_at DESC, old_path LIMIT :limit OFFSET :offset
            """)
        .param("limit", limit)
        .param("offset", offset)
        .query(Redirect.class)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM redirect").query(Long.class).single();
  }
}
