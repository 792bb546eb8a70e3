package id.warta.wordpress;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WXR export with StAX, one item at a time: memory holds one item, never the export. No DTD
 * and no external entities are read (an export is a file from outside).
 */
final class WxrReader {
  static final String WP = "http://wordpress.org/export/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

  /** What a reading tells its caller, in the export's order. */
  interface Visitor {
    default void site(String title, String baseUrl) {}

    default void author(String login, String displayName) {}

    default void category(long termId, String nicename, String parent, String name) {}

    void item(WxrItem item);
  }

  private WxrReader() {}

  static void read(InputStream in, Visitor visitor) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
      try {
        read(xml, visitor);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(
          "Berkas ekspor bukan XML WordPress yang utuh"
              + (at == null ? "" : " (baris " + at.getLineNumber() + ")")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static void read(XMLStreamReader xml, Visitor visitor) throws XMLStreamException {
    boolean sawRss = false;
    String title = "";
    String baseUrl = "";
    boolean siteTold = false;
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      String name = xml.getLocalName();
      boolean wp = isWp(xml.getNamespaceURI());
      if (depth == 1) {
        if (!name.equals("rss")) {
          throw new IllegalArgumentException(
              "Berkas ini bukan ekspor WordPress (WXR): akarnya <" + name + ">.");
        }
        sawRss = true;
      } else if (depth == 3) {
        if (name.equals("title") && !wp) {
          title = xml.getElementText().strip();
          depth--;
        } else if (name.equals("base_site_url") && wp) {
          baseUrl = xml.getElementText().strip();
          depth--;
        } else if (name.equals("author") && wp) {
          Map<String, String> f = fields(xml);
          depth--;
          visitor.author(
              f.getOrDefault("author_login", ""), f.getOrDefault("author_display_name", ""));
        } else if (name.equals("category") && wp) {
          Map<String, String> f = fields(xml);
          depth--;
          visitor.category(
              parseLong(f.get("term_id")), f.getOrDefault("category_nicename", ""),
              f.getOrDefault("category_parent", ""), f.getOrDefault("cat_name", ""));
        } else if (name.equals("item")) {
          if (!siteTold) {
            visitor.site(title, baseUrl);
            siteTold = true;
          }
          WxrItem item = item(xml);
          depth--;
          visitor.item(item);
        } else {
          skip(xml);
          depth--;
        }
      }
    }
    if (!sawRss) {
      throw new IllegalArgumentException("Berkas ini bukan ekspor WordPress (WXR).");
    }
    if (!siteTold) {
      visitor.site(title, baseUrl);
    }
  }

  private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
    Map<String, String> f = new HashMap<>();
    List<WxrItem.Term> terms = new ArrayList<>();
    Map<String, String> meta = new LinkedHashMap<>();
    while (true) {
      int event = xml.nextTag();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      String name = xml.getLocalName();
      String ns = xml.getNamespaceURI();
      if (name.equals("category") && !isWp(ns)) {
        String domain = attribute(xml, "domain");
        String nicename = attribute(xml, "nicename");
        terms.add(new WxrItem.Term(domain, nicename, xml.getElementText().strip()));
      } else if (name.equals("postmeta") && isWp(ns)) {
        Map<String, String> m = fields(xml);
        meta.put(m.getOrDefault("meta_key", ""), m.getOrDefault("meta_value", ""));
      } else if (name.equals("comment") && isWp(ns)) {
        skip(xml);
      } else if (CONTENT.equals(ns)) {
        f.put("content", xml.getElementText());
      } else if (EXCERPT.equals(ns)) {
        f.put("excerpt", xml.getElementText());
      } else if (isWp(ns) || (ns == null || ns.isEmpty()) || name.equals("creator")) {
        f.put(name, text(xml));
      } else {
        skip(xml);
      }
    }
    return new WxrItem(
        parseLong(f.get("post_id")),
        f.getOrDefault("post_type", ""),
        f.getOrDefault("status", ""),
        f.getOrDefault("title", ""),
        f.getOrDefault("link", ""),
        f.getOrDefault("creator", ""),
        f.getOrDefault("content", ""),
        f.getOrDefault("excerpt", ""),
        f.getOrDefault("post_name", ""),
        f.getOrDefault("post_date", ""),
        f.getOrDefault("post_date_gmt", ""),
        f.getOrDefault("post_modified_gmt", ""),
        parseLong(f.get("post_parent")),
        f.getOrDefault("attachment_url", ""),
        List.copyOf(terms),
        meta);
  }

  /** The text children of the current element by local name; nested elements skipped. */
  private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
    Map<String, String> f = new HashMap<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      f.put(xml.getLocalName(), text(xml));
    }
    return f;
  }

  /** The element's text, or empty when it holds elements (which are skipped). */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder s = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (depth == 1
          && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        s.append(xml.getText());
      }
    }
    return s.toString().strip();
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static boolean isWp(String ns) {
    return ns != null && ns.startsWith(WP) && !ns.equals(EXCERPT);
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  private static long parseLong(String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
