package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.io.SyndFeedInput;
import id.warta.PostgresTest;
import id.warta.article.TestContent;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;

/** Feeds, sitemaps and the API end to end on PostgreSQL, checked by the same standard tools. */
@PostgresTest
class DistributionIT {
  static final String BASE = "http://localhost:8080";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void feedsSitemapsAndTheApiWorkOnPostgresql() throws Exception {
    var content = TestContent.of(context);
    var section = content.section("Nasional");
    var author = content.author("Penulis Pg");
    long id = content.article(section, author).tags("Pemilu").publishedAt(Instant.now()).create();

    var feed =
        new SyndFeedInput()
            .build(new InputSource(new ByteArrayInputStream(body("/rss/" + section.slug()))));
    assertThat(FeedTest.ids(feed)).containsExactly(id);

    byte[] index = body("/sitemap.xml");
    assertThat(Standards.xmlSchemaErrors(index, "/schemas/siteindex.xsd")).isEmpty();
    for (String location : SitemapTest.locs(index)) {
      byte[] sitemap = body(location.substring(BASE.length()));
      assertThat(Standards.xmlSchemaErrors(sitemap, SitemapTest.URLSET_SCHEMAS))
          .as(location)
          .isEmpty();
    }
    assertThat(SitemapTest.locs(body("/sitemap/berita.xml")))
        .anyMatch(l -> l.contains("/" + id + "/"));

    assertThat(new String(body("/api/articles?tag=pemilu"))).contains("\"id\":" + id);
    assertThat(new String(body("/api/tags"))).contains("\"slug\":\"pemilu\"");
    String ninjs =
        new String(body("/api/articles/" + id + "/ninjs"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Standards.jsonSchemaErrors("/schemas/ninjs-schema_2.1.json", ninjs)).isEmpty();
  }

  private byte[] body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
