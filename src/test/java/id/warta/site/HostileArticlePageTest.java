package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import id.warta.HostileHtml;
import id.warta.article.Article;
import id.warta.article.ArticleBodyPolicy;
import id.warta.article.ArticleSeo;
import id.warta.article.ArticleStatus;
import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.feed.TestStructuredData;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every snippet of the hostile-HTML corpus in every field of an article a reader's page shows
 * outside the body (title, SEO title and description, section, author, tag, photo credit, caption
 * and alt text, correction, source), rendered by the application's precompiled jte templates with
 * the head's meta tags and JSON-LD: nothing runs, and each field reads as typed.
 */
class HostileArticlePageTest {
  static final SiteProperties SITE =
      new SiteProperties(
          "Warta Uji", ZoneId.of("Asia/Jakarta"), URI.create("http://localhost:8080"));
  static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
  static final JsonMapper JSON = JsonMapper.builder().build();

  static List<String> corpus() {
    return HostileHtml.corpus();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void nothingOnTheArticlePageRunsAndEveryFieldReadsAsTyped(String typed) {
    Document page = Jsoup.parse(render(page(typed)));

    List<String> problems = new ArrayList<>();
    HostileHtml.inspect(page, "page", problems);
    assertThat(problems).isEmpty();
    // As a browser reads it: whitespace collapsed; a NUL dropped from text, U+FFFD in attributes.
    String text = Jsoup.parse("<p>" + escape(typed.replace("\u0000", ""))).text();
    String attribute = typed.replace('\u0000', '\uFFFD').replace("\r", "");
    assertThat(page.select("h1#judul").text()).isEqualTo(text);
    assertThat(page.title()).isEqualTo(Jsoup.parse("<p>" + escape(typed) + " - Warta Uji").text());
    assertThat(content(page, "meta[name=description]")).isEqualTo(attribute);
    assertThat(content(page, "meta[property=og:title]")).isEqualTo(attribute);
    assertThat(content(page, "meta[name=twitter:description]")).isEqualTo(attribute);
    assertThat(content(page, "meta[property=article:section]")).isEqualTo(attribute);
    assertThat(content(page, "meta[property=article:tag]")).isEqualTo(attribute);
    assertThat(content(page, "meta[property=og:image:alt]")).isEqualTo(attribute);
    // the two authors, then the section
    assertThat(page.select(".byline a").eachText()).containsExactly(text, text, text);
    assertThat(page.select(".tags a.tag").eachText()).containsExactly(text);
    assertThat(page.select(".lead-photo .credit").text()).isEqualTo(text);
    assertThat(page.select(".lead-photo img").attr("alt")).isEqualTo(attribute);
    assertThat(page.select(".correction").text()).endsWith(": " + text);
    assertThat(page.select(".sections a[aria-current=page]").text()).isEqualTo(text);

    List<Element> scripts = page.select("head script[type=application/ld+json]");
    assertThat(scripts).hasSize(2);
    JsonNode article = JSON.readTree(scripts.get(0).data());
    assertThat(article.path("headline").asString()).isEqualTo(typed);
    assertThat(article.path("description").asString()).isEqualTo(typed);
    assertThat(article.path("author").get(0).path("name").asString()).isEqualTo(typed);
    JsonNode trail = JSON.readTree(scripts.get(1).data());
    assertThat(trail.path("itemListElement").get(2).path("name").asString()).isEqualTo(typed);
  }

  /** The page model as the article controller builds it, every typed field holding the snippet. */
  static ArticlePage page(String typed) {
    var section = new Section(3, "nasional", typed, "", 1);
    var author = new Author(5, "penulis-uji", typed, typed);
    var tag = new Tag(9, "topik-uji", typed);
    var photo = new MediaAsset(7, "abc123", "image/jpeg", 1800, 1200, typed, typed, typed);
    Article article =
        new Article(
            11,
            section.id(),
            typed,
            "judul-uji",
            typed,
            ArticleBodyPolicy.sanitize("<p>Isi.</p>" + typed),
            typed.length() <= 100 ? typed : typed.substring(0, 100),
            "OL-1",
            photo.id(),
            null,
            ArticleStatus.PUBLISHED,
            Instant.parse("2021-06-23T05:15:00Z"),
            Instant.parse("2021-06-23T05:15:00Z"),
            Instant.parse("2021-06-23T05:15:00Z"),
            1,
            new ArticleSeo(typed, typed, null));
    String path = "/nasional/11/judul-uji";
    var dates = SITE.dates();
    var frame =
        new PageFrame(
            SITE.name(),
            article.seo().titleOr(article.title()),
            article.seo().descriptionOr(article.lead()),
            SITE.absolute(path),
            List.of(section),
            section.slug(),
            SITE.absolute(photo.url(Rendition.LARGE)),
            false);
    var discovery = new SiteDiscovery(TestStructuredData.of(SITE), SITE);
    frame =
        frame.withMeta(
            discovery.article(
                frame.meta(),
                article,
                section,
                path,
                List.of(author, author),
                List.of(tag),
                photo,
                null));
    var none = new SectionModule("Terbaru", "/indeks", List.of());
    var modules =
        new Modules(null, none, List.of(), none, null, dates, SITE.name(), Set.of(), Set.of());
    return new ArticlePage(
        frame,
        article.id(),
        article.title(),
        article.lead(),
        dates.dateLine(article.publishedAt()),
        dates.iso(article.publishedAt()),
        null,
        List.of(author, author),
        section,
        photo,
        ArticleBodyRenderer.renderUncached(article),
        null,
        List.of(),
        List.of(tag),
        modules,
        160,
        List.of(new ArticlePage.CorrectionNote("Kamis 24 Juni 2021", "2021-06-24", typed)),
        null);
  }

  static String render(ArticlePage page) {
    var out = new StringOutput();
    TEMPLATES.render("site/article.jte", page, out);
    return out.toString();
  }

  private static String content(Document page, String selector) {
    Element meta = page.selectFirst(selector);
    assertThat(meta).as(selector).isNotNull();
    return meta.attr("content");
  }

  private static String escape(String typed) {
    return Entities.escape(typed);
  }
}
