package id.warta.feed;

import id.warta.author.Author;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.SiteProperties;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
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
    return script(
        json -> {
          json.writeStartObject();
          articleFields(json, "NewsArticle", article, site.absolute(article.path()));
          json.writeEndObject();
        });
  }

  /** A live blog's coverage: when it started and ended (null while live), its updates. */
  public record LiveCoverage(Instant startedAt, Instant endedAt, List<LiveUpdate> updates) {}

  /** One update of a live blog; {@code anchor} is its fragment on the article page. */
  public record LiveUpdate(String anchor, String headline, String text, Instant publishedAt) {}

  /** A LiveBlogPosting (a NewsArticle's fields plus the coverage and its updates, newest first). */
  public String liveBlogPosting(Article article, LiveCoverage coverage) {
    String url = site.absolute(article.path());
    return script(
        json -> {
          json.writeStartObject();
          articleFields(json, "LiveBlogPosting", article, url);
          json.writeStringProperty("coverageStartTime", site.dates().iso(coverage.startedAt()));
          if (coverage.endedAt() != null) {
            json.writeStringProperty("coverageEndTime", site.dates().iso(coverage.endedAt()));
          }
          json.writeArrayPropertyStart("liveBlogUpdate");
          for (LiveUpdate update : coverage.updates()) {
            json.writeStartObject();
            json.writeStringProperty("@type", "BlogPosting");
            json.writeStringProperty("@id", url + "#" + update.anchor());
            json.writeStringProperty("url", url + "#" + update.anchor());
            json.writeStringProperty("headline", update.headline());
            json.writeStringProperty("articleBody", update.text());
            json.writeStringProperty("datePublished", site.dates().iso(update.publishedAt()));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** {@code url}: the article's absolute URL. */
  private void articleFields(JsonGenerator json, String type, Article article, String url) {
    typed(json, type);
    json.writeStringProperty("@id", url + "#artikel");
    json.writeObjectPropertyStart("mainEntityOfPage");
    json.writeStringProperty("@type", "WebPage");
    json.writeStringProperty("@id", url);
    json.writeEndObject();
    json.writeStringProperty("url", url);
    json.writeStringProperty("headline", article.headline());
    if (article.description() != null && !article.description().isBlank()) {
      json.writeStringProperty("description", article.description());
    }
    if (article.image() != null) {
      json.writeArrayPropertyStart("image");
      for (Rendition rendition : IMAGE_RENDITIONS) {
        json.writeString(site.absolute(article.image().url(rendition)));
      }
      json.writeEndArray();
    }
    json.writeStringProperty("datePublished", site.dates().iso(article.publishedAt()));
    json.writeStringProperty("dateModified", site.dates().iso(article.updatedAt()));
    json.writeArrayPropertyStart("author");
    for (Author author : article.authors()) {
      json.writeStartObject();
      json.writeStringProperty("@type", "Person");
      json.writeStringProperty("name", author.name());
      json.writeStringProperty("url", site.absolute(author.path()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectPropertyStart("publisher");
    json.writeStringProperty("@type", "NewsMediaOrganization");
    organizationFields(json);
    json.writeEndObject();
    json.writeStringProperty("articleSection", article.sectionName());
    if (!article.keywords().isEmpty()) {
      json.writeArrayPropertyStart("keywords");
      for (String keyword : article.keywords()) {
        json.writeString(keyword);
      }
      json.writeEndArray();
    }
    json.writeStringProperty("inLanguage", "id");
    json.writeBooleanProperty("isAccessibleForFree", true);
  }

  public String organization() {
    return script(
        json -> {
          json.writeStartObject();
          typed(json, "NewsMediaOrganization");
          organizationFields(json);
          json.writeEndObject();
        });
  }

  /** The site, with its search (Google's sitelinks search box). */
  public String webSite() {
    return script(
        json -> {
          json.writeStartObject();
          typed(json, "WebSite");
          json.writeStringProperty("@id", site.absolute("/#situs"));
          json.writeStringProperty("url", site.absolute("/"));
          json.writeStringProperty("name", site.name());
          json.writeStringProperty("inLanguage", "id");
          json.writeObjectPropertyStart("publisher");
          json.writeStringProperty("@id", site.absolute("/#organisasi"));
          json.writeEndObject();
          json.writeObjectPropertyStart("potentialAction");
          json.writeStringProperty("@type", "SearchAction");
          json.writeObjectPropertyStart("target");
          json.writeStringProperty("@type", "EntryPoint");
          json.writeStringProperty("urlTemplate", site.absolute("/cari?q={search_term_string}"));
          json.writeEndObject();
          json.writeStringProperty("query-input", "required name=search_term_string");
          json.writeEndObject();
          json.writeEndObject();
        });
  }

  /** The trail from the home page ("Beranda") to the page; the last crumb is the page itself. */
  public String breadcrumbs(List<Crumb> crumbs) {
    return script(
        json -> {
          json.writeStartObject();
          typed(json, "BreadcrumbList");
          json.writeArrayPropertyStart("itemListElement");
          int position = 1;
          for (Crumb crumb : crumbs) {
            json.writeStartObject();
            json.writeStringProperty("@type", "ListItem");
            json.writeNumberProperty("position", position++);
            json.writeStringProperty("name", crumb.name());
            json.writeStringProperty("item", site.absolute(crumb.path()));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private void organizationFields(JsonGenerator json) {
    json.writeStringProperty("@id", site.absolute("/#organisasi"));
    json.writeStringProperty("name", site.name());
    json.writeStringProperty("url", site.absolute("/"));
    json.writeObjectPropertyStart("logo");
    json.writeStringProperty("@type", "ImageObject");
    json.writeStringProperty("url", site.absolute(LOGO_PATH));
    json.writeNumberProperty("width", LOGO_WIDTH);
    json.writeNumberProperty("height", LOGO_HEIGHT);
    json.writeEndObject();
  }

  private static void typed(JsonGenerator json, String type) {
    json.writeStringProperty("@context", "https://schema.org");
    json.writeStringProperty("@type", type);
  }

  /**
   * JSON made safe inside a script element: every "<" is written as the JSON escape \u003c, so no
   * text (a headline holding "</script>") can close the element early.
   */
  private String script(Consumer<JsonGenerator> document) {
    var text = new StringWriter(1024);
    // Written as it is built (a map per object handed to the mapper cost an article page 5 % of
    // its CPU, JFR).
    try (JsonGenerator generator = json.createGenerator(text)) {
      document.accept(generator);
    }
    return text.toString().replace("<", "\\u003c");
  }
}
