package id.warta.channel;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.platform.Excerpts;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom with ROME into plain-text entries a reader can safely see.
 *
 * <p>Titles and excerpts are text: markup is stripped (script and style contents included), an Atom
 * {@code type="text"} title stays literal. Links are resolved against the feed and only http(s)
 * links are kept; an item without one is skipped, since it could only link nowhere or to a script.
 * DOCTYPEs are refused (ROME's default, set again here): no entity expansion, no external entities.
 */
final class FeedParser {
  static final int TITLE_MAX = 300;
  static final int EXCERPT_MAX = 280;
  static final int URL_MAX = 1000;
  static final int GUID_MAX = 500;

  private FeedParser() {}

  /** What a feed held: the entries a reader can use and how many items were left out. */
  record Parsed(List<FeedEntry> entries, int skipped) {}

  static Parsed parse(String xml, URI feedUri) throws FeedFetchException {
    SyndFeed feed;
    try {
      var input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(xml));
    } catch (ParsingFeedException e) {
      String line = e.getLineNumber() > 0 ? " (baris " + e.getLineNumber() + ")" : "";
      String reason =
          String.valueOf(e.getMessage()).contains("DOCTYPE")
              ? "memakai DOCTYPE, yang ditolak demi keamanan"
              : "bukan XML yang utuh" + line;
      throw new FeedFetchException("Umpan tidak dapat dibaca: " + reason + ".", e);
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedFetchException("Umpan tidak dapat dibaca: bukan RSS atau Atom.", e);
    }
    URI base = base(feedUri, feed.getLink());
    List<FeedEntry> entries = new ArrayList<>();
    Set<String> guids = new HashSet<>();
    int skipped = 0;
    for (SyndEntry item : feed.getEntries()) {
      FeedEntry entry = entry(item, base);
      if (entry == null || !guids.add(entry.guid())) {
        skipped++;
      } else {
        entries.add(entry);
      }
    }
    return new Parsed(List.copyOf(entries), skipped);
  }

  private static FeedEntry entry(SyndEntry item, URI base) {
    String url = webLink(base, item.getLink());
    if (url == null && item.getUri() != null && isAbsolute(item.getUri())) {
      url = webLink(base, item.getUri()); // an RSS guid that is a permalink
    }
    if (url == null) {
      return null;
    }
    String excerpt = Excerpts.cut(text(item.getDescription()), EXCERPT_MAX);
    if (excerpt.isEmpty() && !item.getContents().isEmpty()) {
      excerpt = Excerpts.cut(text(item.getContents().getFirst()), EXCERPT_MAX);
    }
    String title = Excerpts.normalizeSpace(text(item.getTitleEx(), item.getTitle()));
    if (title.isEmpty()) {
      title = Excerpts.cut(excerpt, 100);
    } else if (title.length() > TITLE_MAX) {
      title = Excerpts.cut(title, TITLE_MAX - Excerpts.ELLIPSIS.length());
    }
    if (title.isEmpty()) {
      return null;
    }
    String guid = item.getUri() == null || item.getUri().isBlank() ? url : item.getUri().strip();
    if (guid.length() > GUID_MAX) {
      guid = "sha256:" + sha256(guid);
    }
    var published =
        item.getPublishedDate() != null ? item.getPublishedDate() : item.getUpdatedDate();
    return new FeedEntry(
        guid, title, url, excerpt, published == null ? null : published.toInstant());
  }

  private static String text(SyndContent content) {
    return content == null ? "" : text(content, content.getValue());
  }

  private static String text(SyndContent content, String value) {
    if (value == null) {
      return "";
    }
    String type = content == null || content.getType() == null ? "" : content.getType();
    if (type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain")) {
      return Excerpts.normalizeSpace(value);
    }
    return Excerpts.normalizeSpace(Jsoup.parseBodyFragment(value).text());
  }

  private static URI base(URI feedUri, String channelLink) {
    String link = webLink(feedUri, channelLink);
    return link == null ? feedUri : URI.create(link);
  }

  /** The absolute http(s) form of a link, or null for anything else (javascript:, data:...). */
  static String webLink(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = base.resolve(link.strip().replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      String url = uri.toString();
      return url.length() > URL_MAX ? null : url;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isAbsolute(String link) {
    String lower = link.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
