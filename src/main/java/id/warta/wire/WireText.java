package id.warta.wire;

import id.warta.article.ArticleBodyPolicy;
import id.warta.platform.Excerpts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The limits and clean-ups every parser applies, so the queue holds the same shapes whatever came.
 */
final class WireText {
  static final int GUID_MAX = 500;
  static final int HEADLINE_MAX = 300;
  static final int LEAD_MAX = 2000;
  static final int SHORT_MAX = 200;
  static final int CAPTION_MAX = 1000;
  static final int HREF_MAX = 1000;

  private WireText() {}

  static String clean(String text, int max) {
    String t = Excerpts.normalizeSpace(text == null ? "" : text);
    return t.length() <= max ? t : Excerpts.cut(t, max - Excerpts.ELLIPSIS.length());
  }

  /** The body as stored: sanitized by the article policy, never longer than the item limit. */
  static String body(String html) {
    String clean = ArticleBodyPolicy.sanitize(html == null ? "" : html.replaceAll("\\s+", " "));
    return BLOCK_SPACE.matcher(clean).replaceAll("$1").strip();
  }

  /** Space around block tags is the agency's indentation, not text. */
  private static final java.util.regex.Pattern BLOCK_SPACE =
      java.util.regex.Pattern.compile(
          "\\s*(</?(?:p|h2|h3|h4|ul|ol|li|blockquote|table|thead|tbody|tr|td|th|figure|figcaption|br|hr)\\b[^>]*>)\\s*");

  /** Plain text as paragraphs: blank lines separate them. */
  static String paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    for (String para : text.strip().split("\\R\\s*\\R")) {
      html.append("<p>").append(escape(Excerpts.normalizeSpace(para))).append("</p>");
    }
    return html.toString();
  }

  /** A lead when the agency sends none: the body's first paragraph, cut on a word. */
  static String leadFrom(String bodyHtml) {
    var first = Jsoup.parseBodyFragment(bodyHtml).selectFirst("p");
    String text = first != null ? first.text() : Jsoup.parseBodyFragment(bodyHtml).text();
    return clean(text, 400);
  }

  static String text(String html) {
    return Excerpts.normalizeSpace(Jsoup.parseBodyFragment(html == null ? "" : html).text());
  }

  static String guid(String guid) {
    String g = guid == null ? "" : guid.strip();
    return g.length() <= GUID_MAX ? g : "sha256:" + sha256(g.getBytes(StandardCharsets.UTF_8));
  }

  /** The guid of something unreadable: the same broken bytes get the same guid, stored once. */
  static String brokenGuid(byte[] bytes) {
    return "rusak:" + sha256(bytes);
  }

  /** {@code stat:withdrawn}, {@code withdrawn}, {@code canceled}... as one of three words. */
  static String pubStatus(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    int colon = v.indexOf(':');
    v = colon >= 0 ? v.substring(colon + 1) : v;
    return switch (v) {
      case "withdrawn" -> ParsedItem.WITHDRAWN;
      case "canceled", "cancelled" -> ParsedItem.CANCELED;
      default -> ParsedItem.USABLE;
    };
  }

  /** A version number for formats without one: minutes since 1970 of the version's time. */
  static int versionOf(Instant versionCreated) {
    return versionCreated == null ? 1 : (int) Math.max(1, versionCreated.getEpochSecond() / 60);
  }

  /** 1..9, or null for anything else. */
  static Integer scale(String value) {
    if (value == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      return n >= 1 && n <= 9 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value.strip()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return Instant.parse(value.strip());
      } catch (java.time.format.DateTimeParseException again) {
        return null;
      }
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
