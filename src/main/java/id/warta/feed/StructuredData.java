package id.warta.feed;

import id.warta.author.Author;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.SiteProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for pages: NewsArticle on article pages; Organization, WebSite and
 * BreadcrumbList on the home and list pages. Each method returns the text of one {@code <script
 * type="application/ld+json">}, safe to place in HTML as it is.
 */
@Component
public class StructuredData {
  /** The publisher's logo (600×60, as Google asks of news publishers). */
  public static final String LOGO_PATH = "/img/logo.png";

  static final int LOGO_WIDTH = 600;
  static final int LOGO_HEIGHT = 60;

  /** Renditions given as NewsArticle.image: 16x9, 4x3 and 1x1, as Google asks. */
  static final List<Rendition> IMAGE_RENDITIONS =
      List.of(Rendition.WIDE, Rendition.STANDARD, Rendition.SQUARE);

  /** One step of a breadcrumb trail. */
  public record Crumb(String name, String path) {}

  /** What a NewsArticle says about an article. */
  public record Article(
      String path,
      String headline,
      String description,
      Instant publishedAt,
      Instant updatedAt,
      List<Author> authors,
      String sectionName,
      List<String> keywords,
      MediaAsset image) {}

  private final SiteProperties site;
  private final JsonMapper json;

  StructuredData(SiteProperties site, JsonMapper json) {
    this.site = site;
    this.json = json;
  }

  public String newsArticle(Article article) {
    return script(articleNode("NewsArticle", article));
  }

  /** A live blog's coverage: when it started and ended (null while live), its updates. */
  public record LiveCoverage(Instant startedAt, Instant endedAt, List<LiveUpdate> updates) {}

  /** One update of a live blog; {@code anchor} is its fragment on the article page. */
  public record LiveUpdate(String anchor, String headline, String text, Instant publishedAt) {}

  /** A LiveBlogPosting (a NewsArticle's fields plus the coverage and its updates, newest first). */
  public String liveBlogPosting(Article article, LiveCoverage coverage) {
    Map<String, Object> doc = articleNode("LiveBlogPosting", article);
    String url = site.absolute(article.path());
    doc.put("coverageStartTime", site.dates().iso(coverage.startedAt()));
    if (coverage.endedAt() != null) {
      doc.put("coverageEndTime", site.dates().iso(coverage.endedAt()));
    }
    List<Map<String, Object>> updates = new ArrayList<>();
    for (LiveUpdate update : coverage.updates()) {
      Map<String, Object> posting = new LinkedHashMap<>();
      posting.put("@type", "BlogPosting");
      posting.put("@id", url + "#" + update.anchor());
      posting.put("url", url + "#" + update.anchor());
      posting.put("headline", update.headline());
      posting.put("articleBody", update.text());
      posting.put("datePublished", site.dates().iso(update.publishedAt()));
      updates.add(posting);
    }
    doc.put("liveBlogUpdate", updates);
    return script(doc);
  }

  private Map<String, Object> articleNode(String type, Article article) {
    Map<String, Object> doc = node(type);
    String url = site.absolute(article.path());
    doc.put("@id", url + "#artikel");
    doc.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
    doc.put("url", url);
    doc.put("headline", article.headline());
    if (article.description() != null && !article.description().isBlank()) {
      doc.put("description", article.description());
    }
    if (article.image() != null) {
      doc.put("image", imageUrls(article.image()));
    }
    doc.put("datePublished", site.dates().iso(article.publishedAt()));
    doc.put("dateModified", site.dates().iso(article.updatedAt()));
    List<Map<String, Object>> authors = new ArrayList<>();
    for (Author author : article.authors()) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("@type", "Person");
      person.put("name", author.name());
      person.put("url", site.absolute(author.path()));
      authors.add(person);
    }
    doc.put("author", authors);
    doc.put("publisher", publisher());
    doc.put("articleSection", article.sectionName());
    if (!article.keywords().isEmpty()) {
      doc.put("keywords", List.copyOf(article.keywords()));
    }
    doc.put("inLanguage", "id");
    doc.put("isAccessibleForFree", true);
    return doc;
  }

  public String organization() {
    Map<String, Object> doc = node("NewsMediaOrganization");
    doc.putAll(organizationFields());
    return script(doc);
  }

  /** The site, with its search (Google's sitelinks search box). */
  public String webSite() {
    Map<String, Object> doc = node("WebSite");
    doc.put("@id", site.absolute("/#situs"));
    doc.put("url", site.absolute("/"));
    doc.put("name", site.name());
    doc.put("inLanguage", "id");
    doc.put("publisher", Map.of("@id", site.absolute("/#organisasi")));
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("@type", "SearchAction");
    search.put(
        "target",
        Map.of(
            "@type", "EntryPoint", "urlTemplate", site.absolute("/cari?q={search_term_string}")));
    search.put("query-input", "required name=search_term_string");
    doc.put("potentialAction", search);
    return script(doc);
  }

  /** The trail from the home page ("Beranda") to the page; the last crumb is the page itself. */
  public String breadcrumbs(List<Crumb> crumbs) {
    Map<String, Object> doc = node("BreadcrumbList");
    List<Map<String, Object>> items = new ArrayList<>();
    int position = 1;
    for (Crumb crumb : crumbs) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("@type", "ListItem");
      item.put("position", position++);
      item.put("name", crumb.name());
      item.put("item", site.absolute(crumb.path()));
      items.add(item);
    }
    doc.put("itemListElement", items);
    return script(doc);
  }

  private Map<String, Object> publisher() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("@type", "NewsMediaOrganization");
    org.putAll(organizationFields());
    return org;
  }

  private Map<String, Object> organizationFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("@id", site.absolute("/#organisasi"));
    fields.put("name", site.name());
    fields.put("url", site.absolute("/"));
    Map<String, Object> logo = new LinkedHashMap<>();
    logo.put("@type", "ImageObject");
    logo.put("url", site.absolute(LOGO_PATH));
    logo.put("width", LOGO_WIDTH);
    logo.put("height", LOGO_HEIGHT);
    fields.put("logo", logo);
    return fields;
  }

  private List<String> imageUrls(MediaAsset image) {
    return IMAGE_RENDITIONS.stream().map(r -> site.absolute(image.url(r))).toList();
  }

  private static Map<String, Object> node(String type) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "https://schema.org");
    doc.put("@type", type);
    return doc;
  }

  /**
   * JSON made safe inside a script element: every "<" is written as the JSON escape \u003c, so no
   * text (a headline holding "</script>") can close the element early.
   */
  private String script(Map<String, Object> doc) {
    return json.writeValueAsString(doc).replace("<", "\\u003c");
  }
}
