package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

/** The feed settings: full text instead of excerpts, and the URL limit of an article sitemap. */
@WartaTest
@TestPropertySource(properties = {"warta.feed.full-text=true", "warta.feed.sitemap-max-urls=2"})
class FeedSettingsTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void fullTextFeedsCarryTheWholeBodyWithAbsoluteLinksAndTheAttribution() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Nasional");
    Author author = content.author("Penulis Penuh");
    long id =
        content
            .article(section, author)
            .body("<p>Paragraf pertama dengan <a href=\"/nasional\">tautan</a>.</p><p>Penutup.</p>")
            .source("Malay Mail", "OL-13")
            .publishedAt(Instant.now())
            .create();

    SyndFeed rss = rome("/rss");
    SyndEntry entry =
        rss.getEntries().stream()
            .filter(e -> e.getLink().contains("/" + id + "/"))
            .findFirst()
            .orElseThrow();
    String html = entry.getContents().getFirst().getValue();
    assertThat(html)
        .contains("href=\"http://localhost:8080/nasional\"", "Penutup.", "(Malay Mail/OL-13)");

    SyndFeed atom = rome("/atom.xml");
    SyndEntry atomEntry =
        atom.getEntries().stream()
            .filter(e -> e.getLink().contains("/" + id + "/"))
            .findFirst()
            .orElseThrow();
    assertThat(atomEntry.getContents().getFirst().getValue()).contains("(Malay Mail/OL-13)");

    var json = JsonMapper.builder().build().readTree(body("/feed.json"));
    var item =
        json.path("items")
            .valueStream()
            .filter(i -> i.path("url").asString().contains("/" + id + "/"))
            .findFirst()
            .orElseThrow();
    assertThat(item.path("content_html").asString()).contains("(Malay Mail/OL-13)");
  }

  @Test
  void aMonthWithMoreArticlesThanTheLimitIsSplitIntoParts() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Arsip");
    Author author = content.author("Penulis Arsip");
    for (int day = 1; day <= 3; day++) {
      content
          .article(section, author)
          .publishedAt(Instant.parse("1999-03-0" + day + "T03:00:00Z"))
          .create();
    }
    byte[] index = body("/sitemap.xml");
    assertThat(Standards.xmlSchemaErrors(index, "/schemas/siteindex.xsd")).isEmpty();
    assertThat(SitemapTest.locs(index))
        .contains(
            "http://localhost:8080/sitemap/artikel-1999-03.xml",
            "http://localhost:8080/sitemap/artikel-1999-03-2.xml")
        .doesNotContain("http://localhost:8080/sitemap/artikel-1999-03-3.xml");
    byte[] first = body("/sitemap/artikel-1999-03.xml");
    byte[] second = body("/sitemap/artikel-1999-03-2.xml");
    assertThat(Standards.xmlSchemaErrors(first, SitemapTest.URLSET_SCHEMAS)).isEmpty();
    assertThat(Standards.xmlSchemaErrors(second, SitemapTest.URLSET_SCHEMAS)).isEmpty();
    assertThat(SitemapTest.locs(first)).hasSize(2);
    assertThat(SitemapTest.locs(second))
        .hasSize(1)
        .doesNotContainAnyElementsOf(SitemapTest.locs(first));
    mvc.perform(get("/sitemap/artikel-1999-03-3.xml")).andExpect(status().isNotFound());
  }

  private byte[] body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private SyndFeed rome(String path) throws Exception {
    return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(body(path))));
  }
}
