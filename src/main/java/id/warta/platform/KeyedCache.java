package id.warta.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An in-memory cache kept current by the change feed: each value carries the surrogate keys of what
 * it was built from, and a change to any of them drops it. Made by {@link ChangeFeed#newCache},
 * which registers it.
 *
 * <p>A value whose loading started before a change was applied is returned to its caller but never
 * stored (the generation guard {@code PageCache.put} uses), so a read that ran during a writing
 * transaction cannot put the old value back after the change.
 */
public final class KeyedCache<K, V> implements ChangeListener {
  /** A loaded value and the keys of what it shows. */
  public record Loaded<V>(V value, Set<String> keys) {
    public Loaded(V value, Collection<String> keys) {
      this(value, Set.copyOf(keys));
    }
  }

  private record Entry<V>(V value, Set<String> keys) {}

  private final Cache<K, Entry<V>> entries;
  private final AtomicLong generation = new AtomicLong();

  KeyedCache(long maximumSize, Duration timeToLive) {
    var builder = Caffeine.newBuilder().maximumSize(maximumSize);
    if (timeToLive != null) {
      builder.expireAfterWrite(timeToLive);
    }
    this.entries = builder.build();
  }

  /** The value for this key, loaded (and stored unless a change came meanwhile) when absent. */
  public V get(K key, Function<? super K, Loaded<V>> load) {
    Entry<V> hit = entries.getIfPresent(key);
    if (hit != null) {
      return hit.value();
    }
    long startedIn = generation.get();
    Loaded<V> loaded = load.apply(key);
    if (generation.get() == startedIn) {
      entries.put(key, new Entry<>(loaded.value(), loaded.keys()));
      if (generation.get() != startedIn) {
        entries.invalidate(key);
      }
    }
    return loaded.value();
  }

  /** Whether a value is stored for this key now. */
  public boolean holds(K key) {
    return entries.getIfPresent(key) != null;
  }

  @Override
  public void changed(Set<String> keys) {
    generation.incrementAndGet();
    entries.asMap().values().removeIf(e -> !Collections.disjoint(e.keys(), keys));
  }
}
