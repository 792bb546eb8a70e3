package id.warta.feed;

import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.media.Rendition;
import id.warta.platform.SiteProperties;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents for a list of articles. */
@Component
class FeedDocuments {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String MEDIA = "http://search.yahoo.com/mrss/";

  /** What a feed is about: its title, the page it mirrors and where it lives. */
  record Channel(String title, String description, String pageUrl, String feedUrl) {}

  private final SiteProperties site;
  private final FeedProperties properties;
  private final JsonMapper json;

  FeedDocuments(SiteProperties site, FeedProperties properties, JsonMapper json) {
    this.site = site;
    this.properties = properties;
    this.json = json;
  }

  byte[] rss(Channel channel, List<FeedArticle> items) {
    return Xml.document(
        xml -> {
          xml.writeStartElement("rss");
          xml.writeAttribute("version", "2.0");
          xml.writeNamespace("atom", ATOM);
          xml.writeNamespace("dc", DC);
          xml.writeNamespace("content", CONTENT);
          xml.writeNamespace("media", MEDIA);
          xml.writeStartElement("channel");
          Xml.element(xml, "title", channel.title());
          Xml.element(xml, "link", channel.pageUrl());
          Xml.element(xml, "description", asHtml(channel.description()));
          Xml.element(xml, "language", "id");
          Xml.element(xml, "copyright", "© " + site.name());
          if (!items.isEmpty()) {
            Xml.element(xml, "lastBuildDate", rfc822(lastChange(items)));
          }
          Xml.element(xml, "generator", "Warta");
          xml.writeEmptyElement(ATOM, "link");
          xml.writeAttribute("href", channel.feedUrl());
          xml.writeAttribute("rel", "self");
          xml.writeAttribute("type", "application/rss+xml");
          xml.writeStartElement("image");
          Xml.element(xml, "url", site.absolute(StructuredData.LOGO_PATH));
          Xml.element(xml, "title", channel.title());
          Xml.element(xml, "link", channel.pageUrl());
          xml.writeEndElement();
          for (FeedArticle a : items) {
            rssItem(xml, a);
          }
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private void rssItem(XMLStreamWriter xml, FeedArticle a) throws XMLStreamException {
    xml.writeStartElement("item");
    Xml.element(xml, "title", a.title());
    Xml.element(xml, "link", a.url());
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "true");
    xml.writeCharacters(a.url());
    xml.writeEndElement();
    Xml.element(xml, "pubDate", rfc822(a.publishedAt()));
    Xml.element(xml, "description", asHtml(a.lead()));
    for (Author author : a.authors()) {
      Xml.element(xml, DC, "creator", author.name());
    }
    Xml.element(xml, "category", a.section().name());
    for (Tag tag : a.tags()) {
      Xml.element(xml, "category", tag.name());
    }
    if (properties.fullText()) {
      xml.writeStartElement(CONTENT, "encoded");
      xml.writeCData(a.bodyHtml().replace("]]>", "]]]]><![CDATA[>"));
      xml.writeEndElement();
    }
    if (a.hasImage()) {
      xml.writeStartElement(MEDIA, "content");
      xml.writeAttribute("url", site.absolute(a.image().url(Rendition.LARGE)));
      xml.writeAttribute("medium", "image");
      xml.writeAttribute("type", "image/jpeg");
      xml.writeAttribute("width", String.valueOf(Rendition.LARGE.width()));
      xml.writeAttribute("height", String.valueOf(Rendition.LARGE.height()));
      xml.writeStartElement(MEDIA, "description");
      xml.writeAttribute("type", "html");
      xml.writeCharacters(Xml.text(asHtml(a.image().caption())));
      xml.writeEndElement();
      Xml.element(xml, MEDIA, "credit", a.image().credit());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  byte[] atom(Channel channel, List<FeedArticle> items) {
    return Xml.document(
        xml -> {
          xml.setDefaultNamespace(ATOM);
          xml.writeStartElement(ATOM, "feed");
          xml.writeDefaultNamespace(ATOM);
          xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "id");
          Xml.element(xml, ATOM, "id", channel.feedUrl());
          Xml.element(xml, ATOM, "title", channel.title());
          Xml.element(xml, ATOM, "subtitle", channel.description());
          Xml.element(xml, ATOM, "updated", iso(lastChange(items)));
          link(xml, "alternate", "text/html", channel.pageUrl());
          link(xml, "self", "application/atom+xml", channel.feedUrl());
          xml.writeStartElement(ATOM, "author");
          Xml.element(xml, ATOM, "name", site.name());
          Xml.element(xml, ATOM, "uri", site.absolute("/"));
          xml.writeEndElement();
          Xml.element(xml, ATOM, "logo", site.absolute(StructuredData.LOGO_PATH));
          Xml.element(xml, ATOM, "rights", "© " + site.name());
          Xml.element(xml, ATOM, "generator", "Warta");
          for (FeedArticle a : items) {
            xml.writeStartElement(ATOM, "entry");
            Xml.element(xml, ATOM, "id", a.url());
            Xml.element(xml, ATOM, "title", a.title());
            link(xml, "alternate", "text/html", a.url());
            Xml.element(xml, ATOM, "published", iso(a.publishedAt()));
            Xml.element(xml, ATOM, "updated", iso(a.updatedAt()));
            for (Author author : a.authors()) {
              xml.writeStartElement(ATOM, "author");
              Xml.element(xml, ATOM, "name", author.name());
              Xml.element(xml, ATOM, "uri", site.absolute(author.path()));
              xml.writeEndElement();
            }
            category(xml, a.section().slug(), a.section().name());
            for (Tag tag : a.tags()) {
              category(xml, tag.slug(), tag.name());
            }
            Xml.element(xml, ATOM, "summary", a.lead());
            if (properties.fullText()) {
              xml.writeStartElement(ATOM, "content");
              xml.writeAttribute("type", "html");
              xml.writeCharacters(a.bodyHtml());
              xml.writeEndElement();
            }
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  /**
   * Plain text as HTML. Feed readers show an RSS description (and, in practice, a media:description
   * whatever its type) as HTML, so a lead or caption that reads "&lt;b&gt;" must arrive as
   * "&amp;lt;b&amp;gt;" once the XML is decoded, or it becomes markup. Atom and JSON Feed say
   * "text" and carry the text as it is.
   */
  static String asHtml(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void category(XMLStreamWriter xml, String term, String label)
      throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "category");
    xml.writeAttribute("term", term);
    xml.writeAttribute("label", label);
  }

  /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
  byte[] jsonFeed(Channel channel, List<FeedArticle> items) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", channel.title());
    feed.put("home_page_url", channel.pageUrl());
    feed.put("feed_url", channel.feedUrl());
    feed.put("description", channel.description());
    feed.put("icon", site.absolute(StructuredData.LOGO_PATH));
    feed.put("language", "id");
    feed.put("authors", List.of(Map.of("name", site.name(), "url", site.absolute("/"))));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (FeedArticle a : items) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", a.url());
      item.put("url", a.url());
      item.put("title", a.title());
      if (properties.fullText()) {
        item.put("content_html", a.bodyHtml());
      } else {
        item.put("content_text", a.lead());
      }
      item.put("summary", a.lead());
      if (a.hasImage()) {
        item.put("image", site.absolute(a.image().url(Rendition.LARGE)));
      }
      item.put("date_published", iso(a.publishedAt()));
      item.put("date_modified", iso(a.updatedAt()));
      item.put(
          "authors",
          a.authors().stream()
              .map(au -> Map.of("name", au.name(), "url", site.absolute(au.path())))
              .toList());
      List<String> tags = new ArrayList<>();
      tags.add(a.section().name());
      a.tags().forEach(t -> tags.add(t.name()));
      item.put("tags", tags);
      item.put("language", "id");
      entries.add(item);
    }
    feed.put("items", entries);
    return json.writeValueAsBytes(feed);
  }

  /** The newest change among the items; a feed without items changed "now" for no one. */
  static Instant lastChange(List<FeedArticle> items) {
    return items.stream()
        .map(FeedArticle::updatedAt)
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }

  private String rfc822(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(instant, site.zone()));
  }

  private String iso(Instant instant) {
    return site.dates().iso(instant);
  }
}
