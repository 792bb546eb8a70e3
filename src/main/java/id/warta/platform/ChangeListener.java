package id.warta.platform;

import java.util.Set;

/**
 * Something kept current from the change feed: told, after the change committed, the surrogate keys
 * that changed. Listeners run in {@link Stage} order, so a cache is cleared only after what it is
 * computed from (the search index) has applied the change, and the page cache last.
 */
public interface ChangeListener {
  /** When a listener runs in the application of one batch of changes. */
  enum Stage {
    /** Derived stores other caches read from (the search index). */
    SOURCE,
    /** In-memory caches of data. */
    CACHE,
    /** Whole pages, built from the caches above. */
    PAGE,
    /** Caches outside the process (HTTP purges). */
    OUTSIDE
  }

  void changed(Set<String> keys);

  default Stage stage() {
    return Stage.CACHE;
  }
}
