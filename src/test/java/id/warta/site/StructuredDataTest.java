package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.feed.Standards;
import id.warta.media.MediaAsset;
import id.warta.section.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and social networks read in a page's head: schema.org JSON-LD (checked
 * against JSON Schemas of JSON-LD and of Google's NewsArticle requirements), Open Graph and Twitter
 * card tags, the canonical link and the feed links.
 */
@WartaTest
class StructuredDataTest {
  static final String BASE = "http://localhost:8080";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void anArticlePageCarriesNewsArticleOpenGraphTwitterCardAndCanonical() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Internasional");
    Author author = content.author("Nur Aivanni");
    MediaAsset image = content.image("AFP", "Kepala junta Myanmar.", "Jenderal Min Aung Hlaing");
    long id =
        content
            .article(section, author)
            .title(TestContent.unique("Junta Myanmar Berterima Kasih"))
            .lead("Junta Myanmar berterima kasih kepada Rusia.")
            .image(image)
            .tags("Myanmar", "Rusia")
            .publishedAt(Instant.parse("2021-06-23T05:15:00Z"))
            .create();
    Document page = page(articlePath(section, id));
    String canonical = page.selectFirst("link[rel=canonical]").attr("href");
    assertThat(canonical).startsWith(BASE + "/" + section.slug() + "/" + id + "/");

    List<JsonNode> ld = jsonLd(page);
    JsonNode article = ofType(ld, "NewsArticle");
    String raw = article.toString();
    assertThat(Standards.jsonSchemaErrors("/schemas/jsonld.json", raw)).isEmpty();
    assertThat(Standards.jsonSchemaErrors("/schemas/news-article.json", raw)).isEmpty();
    assertThat(article.path("headline").asString()).isEqualTo(page.selectFirst("h1").text());
    assertThat(article.path("datePublished").asString()).isEqualTo("2021-06-23T12:15:00+07:00");
    assertThat(article.path("dateModified").asString()).isEqualTo("2021-06-23T12:15:00+07:00");
    assertThat(article.path("author").get(0).path("name").asString()).isEqualTo(author.name());
    assertThat(article.path("author").get(0).path("url").asString())
        .isEqualTo(BASE + author.path());
    assertThat(article.path("articleSection").asString()).isEqualTo(section.name());
    assertThat(article.path("keywords").valueStream().map(JsonNode::asString))
        .containsExactly("Myanmar", "Rusia");
    assertThat(article.path("mainEntityOfPage").path("@id").asString()).isEqualTo(canonical);
    List<String> images = article.path("image").valueStream().map(JsonNode::asString).toList();
    assertThat(images).hasSize(3);
    assertThat(images.get(0)).endsWith("-1600x900.jpg");
    assertThat(images.get(1)).endsWith("-1200x900.jpg");
    assertThat(images.get(2)).endsWith("-1200x1200.jpg");
    for (String url : images) {
      byte[] jpeg =
          mvc.perform(get(url.substring(BASE.length())))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg)))
          .as(url)
          .isNotNull();
    }
    String logo = article.path("publisher").path("logo").path("url").asString();
    assertThat(article.path("publisher").path("name").asString()).isEqualTo("Warta Uji");
    mvc.perform(get(logo.substring(BASE.length()))).andExpect(status().isOk());

    JsonNode trail = ofType(ld, "BreadcrumbList");
    assertThat(Standards.jsonSchemaErrors("/schemas/site-structured-data.json", trail.toString()))
        .isEmpty();
    assertThat(trail.path("itemListElement").valueStream().map(i -> i.path("name").asString()))
        .containsExactly("Beranda", section.name(), article.path("headline").asString());

    assertThat(meta(page, "og:type")).isEqualTo("article");
    assertThat(meta(page, "og:url")).isEqualTo(canonical);
    assertThat(meta(page, "og:title")).isEqualTo(article.path("headline").asString());
    assertThat(meta(page, "og:description"))
        .isEqualTo("Junta Myanmar berterima kasih kepada Rusia.");
    assertThat(meta(page, "og:image")).endsWith("-1800x1200.jpg");
    assertThat(meta(page, "og:image:alt")).isEqualTo("Jenderal Min Aung Hlaing");
    assertThat(meta(page, "article:published_time")).isEqualTo("2021-06-23T12:15:00+07:00");
    assertThat(page.selectFirst("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
    assertThat(page.selectFirst("meta[name=twitter:image]").attr("content"))
        .isEqualTo(meta(page, "og:image"));
    assertThat(page.selectFirst("meta[name=twitter:image:alt]").attr("content"))
        .isEqualTo("Jenderal Min Aung Hlaing");
    assertThat(feeds(page)).contains(BASE + "/rss", BASE + "/rss/" + section.slug());
  }

  @Test
  void seoFieldsGoIntoTitleDescriptionSharesAndJsonLdWhileThePageKeepsItsHeadline()
      throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Ekonomi");
    Author author = content.author("Penulis SEO");
    MediaAsset lead = content.image("AFP", "Foto utama.", "Foto utama");
    MediaAsset social = content.image("Warta", "Foto untuk dibagikan.", "Foto media sosial");
    String title = TestContent.unique("Harga Cabai Naik Menjelang Lebaran di Pasar Induk");
    long id =
        content
            .article(section, author)
            .title(title)
            .lead("Ringkasan di halaman.")
            .image(lead)
            .seo(
                new id.warta.article.ArticleSeo(
                    "Harga Cabai Naik", "Harga cabai naik dua kali lipat.", social.id()))
            .create();
    Document page = page(articlePath(section, id));

    assertThat(page.selectFirst("h1").text()).isEqualTo(title);
    assertThat(page.title()).isEqualTo("Harga Cabai Naik - Warta Uji");
    assertThat(page.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Harga cabai naik dua kali lipat.");
    assertThat(meta(page, "og:title")).isEqualTo("Harga Cabai Naik");
    assertThat(meta(page, "og:description")).isEqualTo("Harga cabai naik dua kali lipat.");
    assertThat(meta(page, "og:image")).contains(social.fileKey()).doesNotContain(lead.fileKey());
    assertThat(meta(page, "og:image:alt")).isEqualTo("Foto media sosial");
    assertThat(page.selectFirst("meta[name=twitter:title]").attr("content"))
        .isEqualTo("Harga Cabai Naik");
    JsonNode article = ofType(jsonLd(page), "NewsArticle");
    assertThat(article.path("headline").asString()).isEqualTo("Harga Cabai Naik");
    assertThat(article.path("description").asString())
        .isEqualTo("Harga cabai naik dua kali lipat.");
    assertThat(article.path("image").get(0).asString()).contains(social.fileKey());
    // The lead photo on the page stays the lead photo.
    assertThat(page.selectFirst("figure.lead-photo img").attr("src")).contains(lead.fileKey());
  }

  @Test
  void aHeadlineCannotCloseTheJsonLdScript() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Nasional");
    Author author = content.author("Penulis Nakal");
    String title = "Awas </script><script>alert(1)</script> & \"kutip\"";
    long id = content.article(section, author).title(title).create();

    String html =
        mvc.perform(get(articlePath(section, id))).andReturn().getResponse().getContentAsString();
    Document page = Jsoup.parse(html);

    assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
    assertThat(ofType(jsonLd(page), "NewsArticle").path("headline").asString()).isEqualTo(title);
    for (Element script : page.select("script[type=application/ld+json]")) {
      assertThat(script.data()).doesNotContain("</");
    }
  }

  @Test
  void theHomePageCarriesOrganizationAndWebSiteWithItsSearch() throws Exception {
    Document page = page("/");
    List<JsonNode> ld = jsonLd(page);
    JsonNode organization = ofType(ld, "NewsMediaOrganization");
    JsonNode site = ofType(ld, "WebSite");
    for (JsonNode doc : List.of(organization, site)) {
      assertThat(Standards.jsonSchemaErrors("/schemas/jsonld.json", doc.toString())).isEmpty();
      assertThat(Standards.jsonSchemaErrors("/schemas/site-structured-data.json", doc.toString()))
          .isEmpty();
    }
    assertThat(organization.path("logo").path("url").asString()).isEqualTo(BASE + "/img/logo.png");
    assertThat(site.path("potentialAction").path("target").path("urlTemplate").asString())
        .isEqualTo(BASE + "/cari?q={search_term_string}");
    assertThat(meta(page, "og:type")).isEqualTo("website");
    assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
    assertThat(feeds(page)).contains(BASE + "/rss", BASE + "/atom.xml", BASE + "/feed.json");
  }

  @Test
  void sectionTagAndAuthorPagesCarryTheirTrailAndFeed() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Ekonomi");
    Author author = content.author("Penulis Kanal");
    content.article(section, author).tags("Harga Cabai").create();

    Document sectionPage = page(section.path());
    List<JsonNode> ld = jsonLd(sectionPage);
    JsonNode trail = ofType(ld, "BreadcrumbList");
    assertThat(Standards.jsonSchemaErrors("/schemas/site-structured-data.json", trail.toString()))
        .isEmpty();
    assertThat(
            Standards.jsonSchemaErrors(
                "/schemas/site-structured-data.json",
                ofType(ld, "NewsMediaOrganization").toString()))
        .isEmpty();
    assertThat(trail.path("itemListElement").get(1).path("item").asString())
        .isEqualTo(BASE + section.path());
    assertThat(feeds(sectionPage)).contains(BASE + "/rss/" + section.slug());

    assertThat(feeds(page("/tag/harga-cabai"))).contains(BASE + "/rss/tag/harga-cabai");
    assertThat(feeds(page(author.path()))).contains(BASE + "/rss/penulis/" + author.slug());
  }

  private Document page(String path) throws Exception {
    String html =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  private String articlePath(Section section, long id) throws Exception {
    return mvc.perform(get("/" + section.slug() + "/" + id))
        .andExpect(status().isMovedPermanently())
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> result = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      result.add(JSON.readTree(script.data()));
    }
    return result;
  }

  static JsonNode ofType(List<JsonNode> docs, String type) {
    return docs.stream()
        .filter(d -> d.path("@type").asString().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + docs));
  }

  static String meta(Document page, String property) {
    Element meta = page.selectFirst("meta[property=" + property + "]");
    assertThat(meta).as(property).isNotNull();
    return meta.attr("content");
  }

  static List<String> feeds(Document page) {
    return page.select("link[rel=alternate]").eachAttr("href");
  }
}
