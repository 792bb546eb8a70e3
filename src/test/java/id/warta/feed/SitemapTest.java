package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Sitemaps are checked against the protocol's own XML Schemas, and robots.txt points to them. */
@WartaTest
class SitemapTest {
  static final String BASE = "http://localhost:8080";
  static final String[] URLSET_SCHEMAS = {"/schemas/sitemap.xsd", "/schemas/sitemap-news.xsd"};

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void theIndexAndEverySitemapItListsAreValid() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Nasional");
    Author author = content.author("Penulis Peta");
    long june =
        content
            .article(section, author)
            .publishedAt(Instant.parse("2021-06-23T05:15:00Z"))
            .create();
    content.article(section, author).publishedAt(Instant.now()).create();

    byte[] index = body("/sitemap.xml");
    assertThat(Standards.xmlSchemaErrors(index, "/schemas/siteindex.xsd")).isEmpty();
    List<String> locations = locs(index);
    assertThat(locations)
        .contains(
            BASE + "/sitemap/kanal.xml",
            BASE + "/sitemap/berita.xml",
            BASE + "/sitemap/artikel-2021-06.xml");

    for (String location : locations) {
      byte[] sitemap = body(location.substring(BASE.length()));
      assertThat(Standards.xmlSchemaErrors(sitemap, URLSET_SCHEMAS)).as(location).isEmpty();
      assertThat(locs(sitemap)).as(location).isNotEmpty().hasSizeLessThanOrEqualTo(50_000);
    }

    Document month = xml(body("/sitemap/artikel-2021-06.xml"));
    Element url =
        month.select("url").stream()
            .filter(
                u ->
                    u.selectFirst("loc")
                        .text()
                        .startsWith(BASE + "/" + section.slug() + "/" + june + "/"))
            .findFirst()
            .orElseThrow();
    assertThat(url.selectFirst("lastmod").text()).isEqualTo("2021-06-23T12:15:00+07:00");
    assertThat(locs(body("/sitemap/kanal.xml"))).contains(BASE + "/", BASE + "/" + section.slug());
  }

  @Test
  void theNewsSitemapHoldsTheLastTwoDaysWithPublicationNameAndLanguage() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Internasional");
    Author author = content.author("Penulis Kabar");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String fresh = TestContent.unique("Kabar Segar");
    long recent =
        content
            .article(section, author)
            .title(fresh)
            .publishedAt(now.minus(1, ChronoUnit.HOURS))
            .create();
    long old = content.article(section, author).publishedAt(now.minus(3, ChronoUnit.DAYS)).create();

    byte[] news = body("/sitemap/berita.xml");
    assertThat(Standards.xmlSchemaErrors(news, URLSET_SCHEMAS)).isEmpty();
    Document doc = xml(news);
    List<String> locs = locs(news);
    assertThat(locs)
        .anyMatch(l -> l.contains("/" + recent + "/"))
        .noneMatch(l -> l.contains("/" + old + "/"));
    assertThat(locs).hasSizeLessThanOrEqualTo(1000);
    Element entry =
        doc.select("url").stream()
            .filter(u -> u.selectFirst("loc").text().contains("/" + recent + "/"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.selectFirst("news|publication > news|name").text()).isEqualTo("Warta Uji");
    assertThat(entry.selectFirst("news|publication > news|language").text()).isEqualTo("id");
    assertThat(entry.selectFirst("news|title").text()).isEqualTo(fresh);
    assertThat(entry.selectFirst("news|publication_date").text()).endsWith("+07:00");
  }

  @Test
  void robotsTxtPointsToTheSitemaps() throws Exception {
    String robots =
        mvc.perform(get("/robots.txt"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(robots)
        .contains(
            "User-agent: *",
            "Sitemap: " + BASE + "/sitemap.xml",
            "Sitemap: " + BASE + "/sitemap/berita.xml");
  }

  @Test
  void monthsWithoutArticlesAndOtherNamesHaveNoSitemap() throws Exception {
    mvc.perform(get("/sitemap/artikel-1800-01.xml")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap/artikel-2021-13.xml")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap/artikel-bukan.xml")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap/artikel-2021-06-1.xml")).andExpect(status().isNotFound());
  }

  private byte[] body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  static Document xml(byte[] body) {
    return Jsoup.parse(
        new String(body, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
  }

  static List<String> locs(byte[] body) {
    List<String> result = new ArrayList<>();
    for (Element loc : xml(body).select("loc")) {
      result.add(loc.text());
    }
    return result;
  }
}
