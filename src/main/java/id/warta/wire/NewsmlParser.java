package id.warta.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads NewsML-G2: a news message (its header's priority, each item of its item set), a news item
 * (text with an NITF or XHTML body in {@code inlineXML}, plain text in {@code inlineData}, or a
 * picture with its renditions) or a package item (its groups' references). Each item of a message
 * is read on its own: one that is too large or lacks what an item needs becomes an error for that
 * item, the others are read. The document itself goes through {@link SecureXml}.
 */
final class NewsmlParser {
  static final String NAR = "http://iptc.org/std/nar/2006-10-01/";

  /** NITF and XHTML elements kept as they are (the article policy sanitizes again). */
  private static final Map<String, String> KEPT =
      Map.ofEntries(
          Map.entry("p", "p"),
          Map.entry("hl2", "h2"),
          Map.entry("h1", "h2"),
          Map.entry("h2", "h2"),
          Map.entry("h3", "h3"),
          Map.entry("h4", "h4"),
          Map.entry("em", "em"),
          Map.entry("i", "em"),
          Map.entry("strong", "strong"),
          Map.entry("b", "strong"),
          Map.entry("u", "u"),
          Map.entry("a", "a"),
          Map.entry("ul", "ul"),
          Map.entry("ol", "ol"),
          Map.entry("li", "li"),
          Map.entry("bq", "blockquote"),
          Map.entry("blockquote", "blockquote"),
          Map.entry("br", "br"),
          Map.entry("table", "table"),
          Map.entry("tr", "tr"),
          Map.entry("td", "td"),
          Map.entry("th", "th"),
          Map.entry("thead", "thead"),
          Map.entry("tbody", "tbody"),
          Map.entry("sub", "sub"),
          Map.entry("sup", "sup"));

  /** Left out with everything inside them. */
  private static final Set<String> DROPPED =
      Set.of(
          "media",
          "body.head",
          "body.end",
          "script",
          "style",
          "iframe",
          "object",
          "embed",
          "head",
          "title",
          "credit",
          "byline",
          "dateline");

  private NewsmlParser() {}

  static List<ParsedItem> parse(byte[] xml, int maxBodyChars) throws WireParseException {
    Document doc = SecureXml.parse(xml);
    Element root = doc.getDocumentElement();
    String name = root.getLocalName();
    if (!NAR.equals(root.getNamespaceURI())) {
      throw new WireParseException("Bukan NewsML-G2: elemen akar " + root.getTagName() + ".");
    }
    return switch (name) {
      case "newsItem", "packageItem" -> List.of(item(root, null, maxBodyChars));
      case "newsMessage" -> message(root, maxBodyChars);
      default ->
          throw new WireParseException("Bukan NewsML-G2 yang dikenal: elemen akar " + name + ".");
    };
  }

  private static List<ParsedItem> message(Element message, int maxBodyChars)
      throws WireParseException {
    Integer priority = WireText.scale(text(child(child(message, "header"), "priority")));
    Element itemSet = child(message, "itemSet");
    List<ParsedItem> items = new ArrayList<>();
    for (Element e : children(itemSet)) {
      if (e.getLocalName().equals("newsItem") || e.getLocalName().equals("packageItem")) {
        items.add(item(e, priority, maxBodyChars));
      }
    }
    if (items.isEmpty()) {
      throw new WireParseException("Pesan NewsML-G2 tanpa berita (itemSet kosong).");
    }
    return items;
  }

  /** One item; never throws: what cannot be read is the item's error. */
  static ParsedItem item(Element item, Integer priority, int maxBodyChars) {
    String guid = WireText.guid(item.getAttribute("guid"));
    if (guid.isEmpty()) {
      return ParsedItem.failed(
          WireText.brokenGuid(
              item.getTextContent().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "Berita tanpa pengenal (atribut guid kosong).");
    }
    try {
      return read(item, guid, priority, maxBodyChars);
    } catch (WireParseException e) {
      return ParsedItem.failed(guid, e.getMessage());
    } catch (RuntimeException e) {
      return ParsedItem.failed(guid, "Berita tidak dapat dibaca: " + e.getMessage());
    }
  }

  private static ParsedItem read(Element item, String guid, Integer priority, int maxBodyChars)
      throws WireParseException {
    int version = 1;
    if (!item.getAttribute("version").isBlank()) {
      try {
        version = Math.max(1, Integer.parseInt(item.getAttribute("version").strip()));
      } catch (NumberFormatException e) {
        throw new WireParseException(
            "Versi berita bukan angka: " + item.getAttribute("version") + ".");
      }
    }
    Element itemMeta = child(item, "itemMeta");
    Element contentMeta = child(item, "contentMeta");
    Instant versionCreated = WireText.instant(text(child(itemMeta, "versionCreated")));
    String pubStatus = WireText.pubStatus(attr(child(itemMeta, "pubStatus"), "qcode"));
    String itemClass = attr(child(itemMeta, "itemClass"), "qcode");
    Integer urgency = WireText.scale(text(child(contentMeta, "urgency")));

    var meta = meta(contentMeta);
    Body body =
        item.getLocalName().equals("packageItem")
            ? packageBody(item)
            : body(child(item, "contentSet"));
    if (body.html().length() > maxBodyChars) {
      throw new WireParseException(
          "Isi berita terlalu besar ("
              + body.html().length() / 1024
              + " KB; batas "
              + maxBodyChars / 1024
              + " KB).");
    }
    String headline =
        first(meta.headline(), body.headline(), text(child(itemMeta, "title")), meta.slugline());
    headline = WireText.clean(headline, WireText.HEADLINE_MAX);
    String credit =
        WireText.clean(
            first(
                meta.creditline(),
                text(child(child(child(item, "rightsInfo"), "copyrightHolder"), "name")),
                text(child(child(itemMeta, "provider"), "name")),
                code(attr(child(itemMeta, "provider"), "qcode")),
                text(child(child(contentMeta, "infoSource"), "name"))),
            WireText.SHORT_MAX);
    List<ParsedItem.Photo> photos = new ArrayList<>();
    String bodyHtml = body.html();
    if (itemClass.endsWith(":picture") || itemClass.endsWith(":graphic")) {
      String href = bestRendition(child(item, "contentSet"));
      if (href != null) {
        photos.add(
            new ParsedItem.Photo(
                href,
                WireText.clean(first(meta.caption(), headline), WireText.CAPTION_MAX),
                WireText.clean(
                    first(meta.creditline(), meta.byline(), credit), WireText.SHORT_MAX)));
      }
      if (bodyHtml.isBlank()) {
        bodyHtml = WireText.paragraphs(meta.caption());
      }
    }
    bodyHtml = WireText.body(bodyHtml);
    if (headline.isEmpty()) {
      throw new WireParseException("Berita tanpa judul (headline).");
    }
    String lead = first(body.lead(), meta.summary());
    lead = lead.isBlank() ? WireText.leadFrom(bodyHtml) : WireText.clean(lead, WireText.LEAD_MAX);
    return new ParsedItem(
        guid,
        version,
        versionCreated,
        pubStatus,
        priority,
        urgency,
        headline,
        lead,
        bodyHtml,
        WireText.clean(first(meta.dateline(), body.dateline(), meta.located()), WireText.SHORT_MAX),
        WireText.clean(first(meta.byline(), body.byline()), WireText.SHORT_MAX),
        credit,
        photos,
        null);
  }

  /** What contentMeta says of an item. */
  record Meta(
      String headline,
      String slugline,
      String dateline,
      String located,
      String byline,
      String creditline,
      String caption,
      String summary) {}

  static Meta meta(Element contentMeta) {
    String caption = "";
    String summary = "";
    for (Element d : children(contentMeta, "description")) {
      String role = d.getAttribute("role");
      if (role.endsWith(":caption") && caption.isEmpty()) {
        caption = text(d);
      } else if (role.endsWith(":summary") && summary.isEmpty()) {
        summary = text(d);
      } else if (role.isEmpty() && caption.isEmpty()) {
        caption = text(d);
      }
    }
    String byline = text(child(contentMeta, "by"));
    if (byline.isEmpty()) {
      byline = text(child(child(contentMeta, "creator"), "name"));
    }
    return new Meta(
        text(child(contentMeta, "headline")),
        text(child(contentMeta, "slugline")),
        text(child(contentMeta, "dateline")),
        text(child(child(contentMeta, "located"), "name")),
        byline,
        text(child(contentMeta, "creditline")),
        caption,
        summary);
  }

  /** The body and what an NITF body.head says (headline, abstract, byline, dateline). */
  record Body(String html, String headline, String lead, String byline, String dateline) {
    static final Body EMPTY = new Body("", "", "", "", "");
  }

  static Body body(Element contentSet) {
    for (Element content : children(contentSet)) {
      String type = content.getAttribute("contenttype").toLowerCase(Locale.ROOT);
      if (content.getLocalName().equals("inlineXML")) {
        for (Element root : children(content)) {
          if (root.getLocalName().equals("nitf")) {
            return nitf(root);
          }
          if (root.getLocalName().equals("html")) {
            Element xhtmlBody = child(root, "body");
            return new Body(html(xhtmlBody), text(child(child(root, "head"), "title")), "", "", "");
          }
        }
        if (type.contains("nitf") || type.contains("xhtml")) {
          return Body.EMPTY; // declared, but empty (the specification's first example)
        }
      } else if (content.getLocalName().equals("inlineData") && type.startsWith("text/plain")) {
        return new Body(WireText.paragraphs(content.getTextContent()), "", "", "", "");
      } else if (content.getLocalName().equals("inlineData") && type.startsWith("text/html")) {
        return new Body(content.getTextContent(), "", "", "", "");
      }
    }
    return Body.EMPTY;
  }

  private static Body nitf(Element nitf) {
    Element body = child(nitf, "body");
    Element head = child(body, "body.head");
    Element byline = child(head, "byline");
    String by = "";
    if (byline != null) {
      StringBuilder b = new StringBuilder();
      for (Node n = byline.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeType() == Node.TEXT_NODE) {
          b.append(n.getNodeValue());
        }
      }
      by = WireText.clean(b.toString().replaceAll("[,\\s]+$", ""), WireText.SHORT_MAX);
      if (by.isEmpty()) {
        by = text(byline);
      }
    }
    return new Body(
        html(child(body, "body.content")),
        text(child(child(head, "hedline"), "hl1")),
        text(child(head, "abstract")),
        by,
        text(child(head, "dateline")));
  }

  private static Body packageBody(Element item) {
    StringBuilder html = new StringBuilder();
    for (Element group : children(child(item, "groupSet"), "group")) {
      for (Element ref : children(group, "itemRef")) {
        String title = text(child(ref, "title"));
        String description = text(child(ref, "description"));
        if (!title.isEmpty()) {
          html.append("<h3>").append(WireText.escape(title)).append("</h3>");
        }
        if (!description.isEmpty()) {
          html.append("<p>").append(WireText.escape(description)).append("</p>");
        }
      }
    }
    return new Body(html.toString(), "", "", "", "");
  }

  /** The largest image rendition's address. */
  private static String bestRendition(Element contentSet) {
    return children(contentSet, "remoteContent").stream()
        .filter(
            r ->
                r.getAttribute("contenttype").toLowerCase(Locale.ROOT).startsWith("image/")
                    || r.getAttribute("contenttype").isEmpty())
        .filter(r -> !r.getAttribute("href").isBlank())
        .max(Comparator.comparingLong(r -> number(r.getAttribute("width"))))
        .map(r -> r.getAttribute("href").strip())
        .filter(h -> h.length() <= WireText.HREF_MAX)
        .orElse(null);
  }

  /** Markup in the body as HTML: known elements kept, unknown ones unwrapped, a few dropped. */
  static String html(Element container) {
    if (container == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    walk(container, out);
    return out.toString().strip();
  }

  private static void walk(Node parent, StringBuilder out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(WireText.escape(n.getNodeValue()));
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        Element e = (Element) n;
        String local = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        local = local.toLowerCase(Locale.ROOT);
        if (DROPPED.contains(local)) {
          continue;
        }
        String tag = KEPT.get(local);
        if (tag == null) {
          walk(e, out);
          continue;
        }
        out.append('<').append(tag);
        if (tag.equals("a") && !e.getAttribute("href").isBlank()) {
          out.append(" href=\"").append(WireText.escape(e.getAttribute("href"))).append('"');
        }
        out.append('>');
        if (!tag.equals("br")) {
          walk(e, out);
          out.append("</").append(tag).append('>');
        }
      }
    }
  }

  static Element child(Element parent, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          out.add(e);
        }
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }

  static String text(Element e) {
    return e == null ? "" : id.warta.platform.Excerpts.normalizeSpace(e.getTextContent());
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.getAttribute(name).strip();
  }

  /** {@code nprov:REUTERS} → {@code REUTERS}. */
  private static String code(String qcode) {
    int colon = qcode.indexOf(':');
    return colon >= 0 ? qcode.substring(colon + 1) : qcode;
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
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
