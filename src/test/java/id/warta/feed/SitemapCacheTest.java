package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.WartaTest;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.Slugs;
import id.warta.section.Section;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A month's sitemap through the page cache, as in production: kept while nothing changes, written
 * again when an article of that month changes.
 */
@WartaTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class SitemapCacheTest {
  static final String MONTH = "/sitemap/artikel-2018-05.xml";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleService articles;
  @Autowired JdbcClient jdbc;

  @Test
  void aMonthsSitemapIsCachedUntilAnArticleOfThatMonthChanges() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Kanal Peta Tersimpan");
    Author author = content.author("Penulis Peta Tersimpan");
    Instant may = Instant.parse("2018-05-10T03:00:00Z");
    long id = content.article(section, author).publishedAt(may).create();
    String prefix = SitemapTest.BASE + "/" + section.slug() + "/" + id + "/";
    List<String> before = SitemapTest.locs(body(MONTH));
    String first = before.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();

    // Written behind the application's back (no change recorded): the cached sitemap stays.
    jdbc.sql("UPDATE article SET slug = 'di-luar-aplikasi' WHERE id = :id")
        .param("id", id)
        .update();
    assertThat(SitemapTest.locs(body(MONTH))).contains(first);

    String title = TestContent.unique("Judul Baru Peta");
    articles.update(
        id,
        0,
        new ArticleDraft(
            section.id(),
            title,
            null,
            "Ringkasan.",
            "<p>Isi.</p>",
            "Antara",
            "OL-1",
            null,
            null,
            ArticleStatus.PUBLISHED,
            may,
            null,
            List.of(author.id()),
            List.of(),
            List.of()));

    List<String> after = SitemapTest.locs(body(MONTH));
    assertThat(after).doesNotContain(first).contains(prefix + Slugs.of(title));
  }

  private byte[] body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
