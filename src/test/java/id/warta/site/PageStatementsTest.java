package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.StatementCounter;
import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pins how many SQL statements a render costs when the page cache misses: an article page reads one
 * read model (the article, then what is beside it with its photos), whatever beside it is shared
 * comes from caches. A change that adds statements to a render shows here first.
 */
@WartaTest
@Import(StatementCounter.Config.class)
class PageStatementsTest {
  /**
   * The article, then what is beside it and its photos; the similar articles come from a cache the
   * change feed keeps (a withdrawn one is dropped with it, {@code RelatedArticlesTest}).
   */
  static final int ARTICLE = 2;

  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired MockMvc mvc;

  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section(TestContent.unique("Kanal Hitung Halaman"));
    author = content.author(TestContent.unique("Penulis Hitung Halaman"));
  }

  @Test
  void anArticlePageIsAtMostTwoStatements() throws Exception {
    var content = TestContent.of(context);
    Instant day = Instant.parse("2021-06-23T05:15:00Z");
    long other = content.article(section, author).publishedAt(day.minusSeconds(60)).create();
    var photo = content.image("AFP", "Keterangan", "Teks alternatif");
    long id =
        content
            .article(section, author)
            .title("Artikel Hitung")
            .image(photo)
            .tags("Hitung", "Halaman")
            .related(other)
            .readAlso(other)
            .publishedAt(day)
            .create();
    String path =
        "/" + section.slug() + "/" + id + "/" + articles.findById(id).orElseThrow().slug();
    render(path); // fills what is shared between pages: modules, sections, similar articles
    var counted = StatementCounter.count(() -> render(path));
    System.out.println(
        "Article page: "
            + counted.count()
            + " statements\n  "
            + String.join("\n  ", counted.statements()));
    assertThat(counted.result()).contains("Artikel Hitung").contains("Teks alternatif");
    assertThat(counted.count()).isLessThanOrEqualTo(ARTICLE);
  }

  private String render(String path) {
    try {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
      return response.getContentAsString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
