package id.warta.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ninjs 3.x ({@code headlines}, {@code bodies}, {@code descriptions}, arrays of {@code
 * renditions} and {@code associations}) and 2.x ({@code headline}, {@code body_html}, {@code
 * body_text}, {@code description_text}, objects of renditions and associations). A delivery is one
 * item, an array of items, or an object with an {@code items} array (as agencies' APIs page them);
 * each item is read on its own. Nesting and string sizes are bounded.
 */
final class NinjsParser {
  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(5_000_000)
                          .build())
                  .build())
          .build();

  private NinjsParser() {}

  static List<ParsedItem> parse(byte[] json, int maxBodyChars) throws WireParseException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      String reason = String.valueOf(e.getOriginalMessage());
      if (reason.contains("nesting depth")) {
        throw new WireParseException("JSON bersarang terlalu dalam.", e);
      }
      throw new WireParseException("Bukan JSON yang utuh: " + WireText.clean(reason, 200) + ".", e);
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(nodes::add);
    } else if (root != null && root.isObject() && root.path("items").isArray()) {
      root.path("items").forEach(nodes::add);
    } else if (root != null && root.isObject()) {
      nodes.add(root);
    } else {
      throw new WireParseException("Bukan ninjs: JSON tanpa objek berita.");
    }
    List<ParsedItem> items = new ArrayList<>();
    for (JsonNode node : nodes) {
      items.add(item(node, maxBodyChars));
    }
    return items;
  }

  static ParsedItem item(JsonNode item, int maxBodyChars) {
    if (!item.isObject()) {
      return ParsedItem.failed(
          WireText.brokenGuid(item.toString().getBytes()), "Berita ninjs bukan objek JSON.");
    }
    String guid = WireText.guid(first(str(item.path("uri")), str(item.path("guid"))));
    if (guid.isEmpty()) {
      return ParsedItem.failed(
          WireText.brokenGuid(item.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "Berita ninjs tanpa pengenal (uri).");
    }
    try {
      Instant versionCreated = WireText.instant(str(item.path("versionCreated")));
      int version = WireText.versionOf(versionCreated);
      String v = str(item.path("version"));
      if (!v.isEmpty()) {
        try {
          version = Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
          return ParsedItem.failed(
              guid, "Versi berita bukan angka: " + WireText.clean(v, 40) + ".");
        }
      }
      String type = str(item.path("type")).toLowerCase(Locale.ROOT);
      String headline =
          WireText.clean(
              first(text(item.path("headlines"), "main"), str(item.path("headline"))),
              WireText.HEADLINE_MAX);
      if (headline.isEmpty()) {
        return ParsedItem.failed(guid, "Berita tanpa judul (headline).");
      }
      String body = body(item);
      if (body.length() > maxBodyChars) {
        return ParsedItem.failed(
            guid,
            "Isi berita terlalu besar ("
                + body.length() / 1024
                + " KB; batas "
                + maxBodyChars / 1024
                + " KB).");
      }
      String caption =
          first(
              text(item.path("descriptions"), "text"),
              str(item.path("description_text")),
              WireText.text(str(item.path("description_html"))));
      String byline =
          WireText.clean(first(str(item.path("by")), str(item.path("byline"))), WireText.SHORT_MAX);
      String credit =
          WireText.clean(
              first(
                  str(item.path("copyrightHolder").path("name")),
                  str(item.path("copyrightholder"))),
              WireText.SHORT_MAX);
      List<ParsedItem.Photo> photos = new ArrayList<>();
      if (type.equals("picture") || type.equals("graphic")) {
        photo(item, caption, headline, first(byline, credit)).ifPresent(photos::add);
        if (body.isBlank()) {
          body = WireText.paragraphs(caption);
        }
      }
      for (JsonNode association : associations(item.path("associations"))) {
        String t = str(association.path("type")).toLowerCase(Locale.ROOT);
        if (t.equals("picture") || t.equals("graphic")) {
          String assocHeadline =
              first(text(association.path("headlines"), "main"), str(association.path("headline")));
          String assocCaption =
              first(
                  text(association.path("descriptions"), "text"),
                  str(association.path("description_text")),
                  assocHeadline);
          photo(
                  association,
                  assocCaption,
                  assocHeadline,
                  first(str(association.path("by")), str(association.path("byline")), credit))
              .ifPresent(photos::add);
        }
      }
      body = WireText.body(body);
      String summary =
          first(text(item.path("descriptions"), "summary"), str(item.path("description_text")));
      String lead =
          summary.isEmpty() || type.equals("picture")
              ? WireText.leadFrom(body)
              : WireText.clean(summary, WireText.LEAD_MAX);
      return new ParsedItem(
          guid,
          version,
          versionCreated,
          WireText.pubStatus(first(str(item.path("pubStatus")), str(item.path("pubstatus")))),
          WireText.scale(str(item.path("priority"))),
          WireText.scale(str(item.path("urgency"))),
          headline,
          lead,
          body,
          WireText.clean(located(item.path("located")), WireText.SHORT_MAX),
          byline,
          credit,
          photos,
          null);
    } catch (RuntimeException e) {
      return ParsedItem.failed(guid, "Berita tidak dapat dibaca: " + e.getMessage());
    }
  }

  /** The richest body: XHTML/HTML first, then plain text as paragraphs. */
  private static String body(JsonNode item) {
    JsonNode bodies = item.path("bodies");
    if (bodies.isArray()) {
      String html = null;
      String plain = null;
      for (JsonNode b : bodies) {
        String type = str(b.path("contentType")).toLowerCase(Locale.ROOT);
        String value = str(b.path("value"));
        if (html == null && (type.contains("html") || type.contains("xhtml"))) {
          html = value;
        } else if (plain == null && (type.isEmpty() || type.startsWith("text/plain"))) {
          plain = value;
        }
      }
      if (html != null) {
        return html;
      }
      return plain == null ? "" : WireText.paragraphs(plain);
    }
    String html = first(str(item.path("body_html")), str(item.path("body_xhtml")));
    return html.isEmpty() ? WireText.paragraphs(str(item.path("body_text"))) : html;
  }

  private static java.util.Optional<ParsedItem.Photo> photo(
      JsonNode item, String caption, String headline, String credit) {
    List<JsonNode> renditions = new ArrayList<>();
    JsonNode r = item.path("renditions");
    if (r.isArray()) {
      r.forEach(renditions::add);
    } else if (r.isObject()) {
      r.properties().forEach(e -> renditions.add(e.getValue()));
    }
    return renditions.stream()
        .filter(x -> !str(x.path("href")).isBlank())
        .filter(
            x -> {
              String type =
                  first(str(x.path("contentType")), str(x.path("mimetype")))
                      .toLowerCase(Locale.ROOT);
              return type.isEmpty() || type.startsWith("image/");
            })
        .max(
            Comparator.comparingInt(
                x -> x.path("width").isNumber() ? x.path("width").intValue() : 0))
        .map(x -> str(x.path("href")).strip())
        .filter(h -> h.length() <= WireText.HREF_MAX)
        .map(
            h ->
                new ParsedItem.Photo(
                    h,
                    WireText.clean(first(caption, headline), WireText.CAPTION_MAX),
                    WireText.clean(credit, WireText.SHORT_MAX)));
  }

  private static List<JsonNode> associations(JsonNode associations) {
    List<JsonNode> out = new ArrayList<>();
    if (associations.isArray()) {
      associations.forEach(out::add);
    } else if (associations.isObject()) {
      for (Map.Entry<String, JsonNode> e : associations.properties()) {
        out.add(e.getValue());
      }
    }
    return out.stream().filter(JsonNode::isObject).toList();
  }

  /**
   * The value of the entry with the role, else of the first entry (3.x arrays of {role, value}).
   */
  private static String text(JsonNode entries, String role) {
    if (!entries.isArray() || entries.isEmpty()) {
      return "";
    }
    for (JsonNode e : entries) {
      if (role.equals(str(e.path("role")))) {
        return plain(e);
      }
    }
    return plain(entries.path(0));
  }

  private static String plain(JsonNode entry) {
    String value = str(entry.path("value"));
    String type = str(entry.path("contentType")).toLowerCase(Locale.ROOT);
    return type.contains("html") ? WireText.text(value) : value;
  }

  private static String located(JsonNode located) {
    return located.isObject() ? str(located.path("name")) : str(located);
  }

  static String str(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return "";
    }
    if (n.isString() || n.isNumber() || n.isBoolean()) {
      return n.asString();
    }
    return "";
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
