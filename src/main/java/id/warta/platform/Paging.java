package id.warta.platform;

import java.util.List;

/**
 * One page of a list, pages counted from 1.
 *
 * @param items the page's items
 * @param page this page's number
 * @param size items per page
 * @param total items in the whole list
 */
public record Paging<T>(List<T> items, int page, int size, long total) {

  public int totalPages() {
    return pages(size, total);
  }

  /** How many pages of {@code size} items {@code total} items fill (at least one). */
  public static int pages(int size, long total) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < totalPages();
  }

  /** Offset of the first item of a page; the page must already be checked. */
  public static long offset(int page, int size) {
    return (long) (page - 1) * size;
  }

  /**
   * Refuses a page past the end of a list of {@code total} items, before any item is read (page 1
   * of an empty list is fine).
   */
  public static void requirePage(int page, int size, long total) {
    if (page > pages(size, total)) {
      throw new NotFoundException("Halaman " + page + " tidak ada.");
    }
  }
}
