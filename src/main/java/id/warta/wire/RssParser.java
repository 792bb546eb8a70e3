package id.warta.wire;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS and Atom with ROME (DOCTYPEs refused, as the partner channels do): an entry's id (or
 * link) is its guid, its update time its version, the full content (content:encoded, Atom content)
 * its body, the summary its lead, an image enclosure its photo.
 */
final class RssParser {
  private RssParser() {}

  static List<ParsedItem> parse(String xml, int maxBodyChars) throws WireParseException {
    SyndFeed feed;
    try {
      var input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw new WireParseException(
          message.contains("DOCTYPE")
              ? "Umpan " + SecureXml.DOCTYPE_REFUSED + "."
              : "Umpan tidak dapat dibaca: bukan RSS atau Atom yang utuh.",
          e);
    }
    List<ParsedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      items.add(item(entry, maxBodyChars));
    }
    return items;
  }

  private static ParsedItem item(SyndEntry entry, int maxBodyChars) {
    String guid = WireText.guid(first(entry.getUri(), entry.getLink()));
    String headline = WireText.clean(WireText.text(entry.getTitle()), WireText.HEADLINE_MAX);
    if (guid.isEmpty()) {
      return ParsedItem.failed(
          WireText.brokenGuid(String.valueOf(entry.getTitle()).getBytes()),
          "Entri umpan tanpa pengenal maupun tautan.");
    }
    if (headline.isEmpty()) {
      return ParsedItem.failed(guid, "Entri umpan tanpa judul.");
    }
    String description = entry.getDescription() == null ? "" : entry.getDescription().getValue();
    String content = entry.getContents().isEmpty() ? "" : entry.getContents().getFirst().getValue();
    String body = first(content, description);
    if (body.length() > maxBodyChars) {
      return ParsedItem.failed(
          guid,
          "Isi berita terlalu besar ("
              + body.length() / 1024
              + " KB; batas "
              + maxBodyChars / 1024
              + " KB).");
    }
    if (!body.contains("<")) {
      body = WireText.paragraphs(body);
    }
    body = WireText.body(body);
    var updated =
        entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
    Instant versionCreated = updated == null ? null : updated.toInstant();
    String lead =
        content.isEmpty() || description.isEmpty()
            ? WireText.leadFrom(body)
            : WireText.clean(WireText.text(description), WireText.LEAD_MAX);
    List<ParsedItem.Photo> photos = new ArrayList<>();
    for (SyndEnclosure enclosure : entry.getEnclosures()) {
      String type = enclosure.getType() == null ? "" : enclosure.getType().toLowerCase(Locale.ROOT);
      String href = enclosure.getUrl();
      if (type.startsWith("image/") && href != null && href.length() <= WireText.HREF_MAX) {
        photos.add(new ParsedItem.Photo(href.strip(), headline, ""));
      }
    }
    return new ParsedItem(
        guid,
        WireText.versionOf(versionCreated),
        versionCreated,
        ParsedItem.USABLE,
        null,
        null,
        headline,
        lead,
        body,
        "",
        WireText.clean(entry.getAuthor(), WireText.SHORT_MAX),
        "",
        photos,
        null);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
