package id.warta.search;

import java.io.IOException;
import org.apache.lucene.index.NumericDocValues;

/**
 * How much an article's age weighs in a ranking: 1 when new, half-way down to the floor at {@code
 * halfLifeDays} old, never below the floor, so a strong older match still shows. Never increases
 * with age: in an index sorted newest first it never increases with the document number.
 *
 * @param nowMillis the moment ages are counted from
 * @param halfLifeDays age at which an article has lost half of what it can lose
 * @param floor weight of a very old article, between 0 and 1
 */
record Freshness(long nowMillis, double halfLifeDays, double floor) {
  /** An article without a publication time counts as ten years old. */
  static final long UNKNOWN_AGE_MILLIS = 3650L * 86_400_000L;

  Freshness {
    if (!(halfLifeDays > 0) || !(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("half life > 0 and floor in [0, 1]");
    }
  }

  /** The weight of an article published at {@code publishedMillis}, in [floor, 1]. */
  double of(long publishedMillis) {
    double ageDays = Math.max(0, nowMillis - publishedMillis) / 86_400_000d;
    return floor + (1 - floor) * Math.pow(0.5, ageDays / halfLifeDays);
  }

  /** The weight of document {@code doc}, read from its publication time (in document order). */
  double of(NumericDocValues published, int doc) throws IOException {
    return of(published.advanceExact(doc) ? published.longValue() : nowMillis - UNKNOWN_AGE_MILLIS);
  }
}
