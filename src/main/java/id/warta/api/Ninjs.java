package id.warta.api;

import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.feed.FeedArticle;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.SiteProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * An article as IPTC ninjs 2.1 (News in JSON, https://iptc.org/std/ninjs/): the text item with its
 * headline, summary, HTML body, byline, subjects (section and tags), source, and the lead photo as
 * an associated picture with its renditions.
 */
@Component
class Ninjs {
  static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";

  private final SiteProperties site;

  Ninjs(SiteProperties site) {
    this.site = site;
  }

  Map<String, Object> of(FeedArticle a) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("uri", a.url());
    item.put("standard", Map.of("name", "ninjs", "version", "2.1", "schema", SCHEMA));
    item.put("type", "text");
    item.put("representationtype", "full");
    item.put("profile", a.hasImage() ? "text-photo" : "text-only");
    item.put("firstcreated", site.dates().iso(a.publishedAt()));
    item.put("versioncreated", site.dates().iso(a.updatedAt()));
    item.put("pubstatus", "usable");
    item.put("copyrightholder", site.name());
    item.put("copyrightnotice", "© " + site.name() + ". Hak cipta dilindungi undang-undang.");
    item.put("language", "id");
    item.put("headlines", List.of(Map.of("role", "main", "value", a.title())));
    if (!a.lead().isBlank()) {
      item.put("descriptions", List.of(Map.of("role", "summary", "value", a.lead())));
    }
    String text = Jsoup.parseBodyFragment(a.bodyHtml()).text();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("role", "main");
    body.put("contenttype", "text/html");
    body.put("charcount", text.length());
    body.put("wordcount", text.isBlank() ? 0 : text.strip().split("\\s+").length);
    body.put("value", a.bodyHtml());
    item.put("bodies", List.of(body));
    item.put("by", a.authors().stream().map(Author::name).collect(Collectors.joining(", ")));
    item.put("slugline", a.url().substring(a.url().lastIndexOf('/') + 1));
    List<Map<String, Object>> subjects = new ArrayList<>();
    subjects.add(
        Map.of(
            "name", a.section().name(),
            "rel", "section",
            "uri", site.absolute(a.section().path()),
            "literal", a.section().slug()));
    for (Tag tag : a.tags()) {
      subjects.add(
          Map.of(
              "name",
              tag.name(),
              "rel",
              "about",
              "uri",
              site.absolute(tag.path()),
              "literal",
              tag.slug()));
    }
    item.put("subjects", subjects);
    item.put(
        "infosources",
        List.of(Map.of("name", site.name(), "role", "publisher", "uri", site.absolute("/"))));
    item.put(
        "renditions", List.of(Map.of("name", "web", "href", a.url(), "contenttype", "text/html")));
    if (a.hasImage()) {
      item.put("associations", List.of(picture(a.image())));
    }
    return item;
  }

  private Map<String, Object> picture(MediaAsset image) {
    Map<String, Object> picture = new LinkedHashMap<>();
    picture.put("name", "featureimage");
    picture.put("uri", site.absolute(image.url(Rendition.LARGE)));
    picture.put("type", "picture");
    picture.put("headlines", List.of(Map.of("role", "alt", "value", image.altText())));
    picture.put("descriptions", List.of(Map.of("role", "caption", "value", image.caption())));
    picture.put("by", image.credit());
    picture.put("copyrightholder", image.credit());
    List<Map<String, Object>> renditions = new ArrayList<>();
    for (Rendition r : Rendition.values()) {
      Map<String, Object> rendition = new LinkedHashMap<>();
      rendition.put("name", ApiController.renditionName(r));
      rendition.put("href", site.absolute(image.url(r)));
      rendition.put("contenttype", "image/jpeg");
      rendition.put("width", r.width());
      rendition.put("height", r.height());
      renditions.add(rendition);
    }
    picture.put("renditions", renditions);
    return picture;
  }
}
