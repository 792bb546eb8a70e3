package id.warta.search;

import java.time.Instant;

/**
 * A reader's search.
 *
 * @param text what the reader typed
 * @param sectionSlug only this section (kanal), or null
 * @param from inclusive, or null
 * @param to exclusive, or null
 * @param page counted from 1
 */
public record SearchRequest(
    String text, String sectionSlug, Instant from, Instant to, Order order, int page) {

  public enum Order {
    RELEVANCE,
    NEWEST
  }
}
