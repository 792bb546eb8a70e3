package id.warta.platform;

/**
 * The page of a list a request asks for ({@code ?halaman=}, the API's {@code ?page=}, an e-paper
 * page in a path), counted from 1. Spring binds request values to it ({@link RequestValues}), so a
 * controller never sees a page that is not one: anything else is answered 400 "Nomor halaman tidak
 * valid." before the controller runs.
 *
 * @param value 1 to {@value #MAX}
 */
public record PageNumber(int value) {
  /** The highest page a request can name: six digits, so no query runs with a silly offset. */
  public static final int MAX = 999_999;

  public static final PageNumber FIRST = new PageNumber(1);

  public PageNumber {
    if (value < 1 || value > MAX) {
      throw new IllegalArgumentException("a page is 1 to " + MAX + ": " + value);
    }
  }

  /** The page {@code raw} names; blank is none ({@code null}), anything else is a 400. */
  public static PageNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    long page = RequestNumbers.parse(raw.strip(), 6).orElse(0);
    if (page < 1) {
      throw new BadRequestException("Nomor halaman tidak valid.");
    }
    return new PageNumber((int) page);
  }
}
