package id.warta.wire;

import java.time.Instant;
import java.util.List;

/**
 * One stored version of an item, with what the queue shows beside it: how many versions of it
 * arrived, and whether (and which version of it) the newsroom took.
 */
public record WireItem(
    long id,
    long sourceId,
    String sourceName,
    String agency,
    String guid,
    int version,
    Instant receivedAt,
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
    String error,
    int versions,
    Long takenArticleId,
    Integer takenVersion,
    List<ParsedItem.Photo> photos) {

  public boolean failed() {
    return error != null;
  }

  public boolean withdrawn() {
    return ParsedItem.WITHDRAWN.equals(pubStatus) || ParsedItem.CANCELED.equals(pubStatus);
  }

  /** A later version than the first one arrived. */
  public boolean updated() {
    return versions > 1;
  }

  public boolean taken() {
    return takenVersion != null;
  }

  /** The agency changed the item after the newsroom took it. */
  public boolean changedSinceTaken() {
    return takenVersion != null && version > takenVersion;
  }

  /** The credit the agency gave, or its code. */
  public String creditOrAgency() {
    return credit == null || credit.isBlank() ? agency : credit;
  }

  WireItem withPhotos(List<ParsedItem.Photo> list) {
    return new WireItem(
        id,
        sourceId,
        sourceName,
        agency,
        guid,
        version,
        receivedAt,
        versionCreated,
        pubStatus,
        priority,
        urgency,
        headline,
        lead,
        bodyHtml,
        dateline,
        byline,
        credit,
        error,
        versions,
        takenArticleId,
        takenVersion,
        List.copyOf(list));
  }
}
