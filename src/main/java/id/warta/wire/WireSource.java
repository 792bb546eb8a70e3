package id.warta.wire;

import java.time.Instant;

/**
 * An agency's feed as an admin configured it, with its poll state.
 *
 * @param location the feed's URL, or for {@link WireKind#NEWSML_FOLDER} a folder under the wire
 *     root
 * @param agency the agency's code, written as the article's source and the photos' credit (ANTARA)
 */
public record WireSource(
    long id,
    String name,
    WireKind kind,
    String location,
    String agency,
    int pollMinutes,
    boolean enabled,
    Instant nextPollAt,
    Instant lastPolledAt,
    Instant lastSuccessAt,
    String lastError,
    int failureCount) {

  public boolean failing() {
    return lastError != null;
  }
}
