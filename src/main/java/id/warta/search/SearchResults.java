package id.warta.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many articles match (a reader can page through at most {@code reachable}); when
 *     {@code totalIsLowerBound}, at least this many (counting stopped there)
 * @param suggestion a spelling the index knows, offered when the words typed found nothing; or null
 * @param incomplete the index is being rebuilt and may not hold every article yet
 */
public record SearchResults(
    List<Hit> hits,
    long total,
    boolean totalIsLowerBound,
    long reachable,
    int page,
    int pageSize,
    String suggestion,
    boolean incomplete) {

  /**
   * One article found. Both HTML strings are escaped text with only {@code <mark>} added.
   *
   * @param titleHtml the title with the words found marked
   * @param snippetHtml a passage of the body (or lead) around the words found
   */
  public record Hit(long articleId, String titleHtml, String snippetHtml) {}

  public int totalPages() {
    return (int) Math.max(1, (reachable + pageSize - 1) / pageSize);
  }
}
