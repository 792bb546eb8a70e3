package id.warta.wire;

import java.time.Instant;
import java.util.List;

/**
 * One version of one item as a parser read it, before it is stored. Text fields are plain text;
 * {@code bodyHtml} is the agency's markup turned into HTML and sanitized again before anyone sees
 * it. An item that could not be read carries only its guid (as far as known) and {@code error}.
 *
 * @param pubStatus {@code usable}, {@code withdrawn} or {@code canceled}
 * @param priority 1 (highest) to 9, or null when the agency sends none; so is {@code urgency}
 */
public record ParsedItem(
    String guid,
    int version,
    Instant versionCreated,
    String pubStatus,
    Integer priority,
    Integer urgency,
    String headline,
    String lead,
    String bodyHtml,
    String dateline,
    String byline,
    String credit,
    List<Photo> photos,
    String error) {

  static final String USABLE = "usable";
  static final String WITHDRAWN = "withdrawn";
  static final String CANCELED = "canceled";

  public ParsedItem {
    photos = List.copyOf(photos);
  }

  /** A photo: where the agency keeps it, and the words that go with it. */
  public record Photo(String href, String caption, String credit) {}

  static ParsedItem failed(String guid, String error) {
    return new ParsedItem(
        guid, 0, null, USABLE, null, null, "", "", "", "", "", "", List.of(), error);
  }

  boolean failed() {
    return error != null;
  }

  ParsedItem withPriority(Integer p) {
    return new ParsedItem(
        guid,
        version,
        versionCreated,
        pubStatus,
        priority == null ? p : priority,
        urgency,
        headline,
        lead,
        bodyHtml,
        dateline,
        byline,
        credit,
        photos,
        error);
  }
}
