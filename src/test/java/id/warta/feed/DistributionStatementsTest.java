package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.EmptyDatabase;
import id.warta.StatementCounter;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.media.MediaAsset;
import id.warta.section.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every feed, sitemap and API list costs the same number of SQL statements whatever it lists: 3
 * articles or 60 (over twice as many months), each with its byline, tags and lead photo. A change
 * that reads per item or per month shows here first.
 */
@WartaTest
@Import(StatementCounter.Config.class)
@ExtendWith(EmptyDatabase.class)
class DistributionStatementsTest {
  static final String BASE = "http://localhost:8080";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void feedsSitemapsAndApiListsReadAFixedNumberOfStatementsWhateverTheyHold() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Kanal Tetap");
    Author author = content.author("Penulis Tetap");
    Author second = content.author("Penulis Kedua");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < 3; i++) {
      article(content, section, author, second, i, now);
    }
    List<String> urls =
        List.of(
            "/rss",
            "/atom.xml",
            "/feed.json",
            "/rss/" + section.slug(),
            "/rss/tag/topik-tetap",
            "/rss/penulis/" + author.slug(),
            "/api/articles",
            "/api/articles?size=50",
            "/api/articles?section=" + section.slug(),
            "/api/articles?tag=topik-tetap",
            "/api/articles?author=" + author.slug(),
            "/sitemap.xml",
            "/sitemap/kanal.xml",
            "/sitemap/berita.xml",
            "/sitemap/artikel-2019-01.xml");
    Map<String, Integer> few = counts(urls);
    assertThat(SitemapTest.locs(body("/sitemap.xml"))).hasSize(2 + 2);

    for (int i = 3; i < 60; i++) {
      article(content, section, author, second, i, now);
    }
    Map<String, Integer> many = counts(urls);
    System.out.println("Statements per request (3 articles, then 60): " + few + "\n" + many);

    assertThat(many).isEqualTo(few);
    assertThat(few.values()).allSatisfy(n -> assertThat(n).isBetween(1, 8));
    // What was counted is the full lists: 50 feed items, 30 months in the index, one
    // article in January 2019, 30 in the last two days.
    assertThat(SitemapTest.locs(body("/sitemap.xml"))).hasSize(2 + 30 + 1);
    assertThat(SitemapTest.locs(body("/sitemap/artikel-2019-01.xml"))).hasSize(1);
    assertThat(new String(body("/rss"), "UTF-8").split("<item>", -1)).hasSize(50 + 1);
    assertThat(SitemapTest.locs(body("/sitemap/berita.xml"))).hasSize(30);
  }

  /**
   * Article i: even ones published now (the news sitemap's), odd ones one per month from January
   * 2019 on; every one with a lead photo, two authors and two tags.
   */
  private static void article(
      TestContent content, Section section, Author author, Author second, int i, Instant now) {
    MediaAsset image = content.image("Foto " + i, "Keterangan " + i, "Teks " + i);
    Instant at =
        i % 2 == 0
            ? now.minus(i, ChronoUnit.MINUTES)
            : LocalDate.of(2019, 1, 15).plusMonths(i / 2).atTime(10, 0).toInstant(ZoneOffset.UTC);
    content
        .article(section, author)
        .alsoBy(second)
        .image(image)
        .tags("Topik Tetap", TestContent.unique("Topik"))
        .publishedAt(at)
        .create();
  }

  private Map<String, Integer> counts(List<String> urls) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String url : urls) {
      body(url); // warms what the application keeps between requests (settings, the menu)
      var counted = StatementCounter.count(() -> body(url));
      counts.put(url, counted.count());
    }
    return counts;
  }

  private byte[] body(String path) {
    try {
      return mvc.perform(get(path))
          .andExpect(status().isOk())
          .andReturn()
          .getResponse()
          .getContentAsByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(path, e);
    }
  }
}
