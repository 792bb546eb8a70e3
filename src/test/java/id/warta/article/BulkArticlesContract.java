package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.article.BulkArticles.BulkArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Articles written in bulk are the articles the service writes: the same columns, bylines and tags,
 * listed and rendered by the site. Runs on SQLite ({@code BulkArticlesTest}) and PostgreSQL ({@code
 * BulkArticlesIT}).
 */
abstract class BulkArticlesContract {
  @Autowired BulkArticles bulk;
  @Autowired ArticleService service;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  private static final List<String> PARAGRAPHS =
      List.of(
          "Kabar dari Medan: \"Harga cabai naik\" & warga <mengeluh>.",
          "Pemerintah pusat menyatakan siap memberikan dukungan teknis maupun pendanaan.",
          "Pemerintah pusat menyatakan siap memberikan dukungan teknis maupun pendanaan.");

  @Test
  void aBulkArticleHasTheRowsTheServiceWritesAndTheSiteShowsIt() throws Exception {
    var content = TestContent.of(context);
    var section = content.section("Kanal Massal");
    var author = content.author("Penulis Massal");
    String title = TestContent.unique("Harga Cabai Naik di Medan");
    String tag = TestContent.unique("Cabai Massal");
    Instant published = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    List<String> tags = List.of(tag, "Medan", " medan ", tag.toUpperCase());
    long byService =
        service.create(
            new ArticleDraft(
                section.id(),
                title,
                null,
                "Teras berita.",
                String.join("", PARAGRAPHS.stream().map(BulkArticles::paragraphHtml).toList()),
                "Antara",
                "OL-13",
                null,
                null,
                ArticleStatus.PUBLISHED,
                published,
                null,
                List.of(author.id()),
                tags,
                List.of()));

    List<Long> ids =
        bulk.insertPublished(
            List.of(
                new BulkArticle(
                    section.id(),
                    title,
                    "Teras berita.",
                    PARAGRAPHS,
                    "Antara",
                    "OL-13",
                    published,
                    List.of(author.id()),
                    tags),
                new BulkArticle(
                    section.id(),
                    title + " kedua",
                    "",
                    PARAGRAPHS.subList(1, 2),
                    "",
                    "",
                    published.minusSeconds(60),
                    List.of(author.id()),
                    List.of(tag))));

    assertThat(ids).hasSize(2);
    long byBulk = ids.getFirst();
    assertThat(row(byBulk)).isEqualTo(row(byService));
    assertThat(links("article_author", "author_id", byBulk))
        .isEqualTo(links("article_author", "author_id", byService));
    assertThat(links("article_tag", "tag_id", byBulk))
        .isEqualTo(links("article_tag", "tag_id", byService))
        .hasSize(2);

    var sectionPage = page("/" + section.slug());
    assertThat(sectionPage.select("a[href]").eachAttr("href"))
        .anyMatch(href -> href.startsWith("/" + section.slug() + "/" + byBulk + "/"))
        .anyMatch(href -> href.startsWith("/" + section.slug() + "/" + ids.get(1) + "/"));
    String slug =
        jdbc.sql("SELECT slug FROM article WHERE id = :id")
            .param("id", byBulk)
            .query(String.class)
            .single();
    var articlePage = page("/" + section.slug() + "/" + byBulk + "/" + slug);
    assertThat(articlePage.select("h1").text()).isEqualTo(title);
    assertThat(articlePage.text()).contains("\"Harga cabai naik\" & warga <mengeluh>.", tag);
  }

  @Test
  void aBadArticleInABatchWritesNoneOfIt() {
    var content = TestContent.of(context);
    var section = content.section("Kanal Gagal");
    var author = content.author("Penulis Gagal");
    String title = TestContent.unique("Artikel Yang Tidak Tertulis");
    var good =
        new BulkArticle(
            section.id(),
            title,
            "",
            PARAGRAPHS,
            "",
            "",
            Instant.now(),
            List.of(author.id()),
            List.of());
    var untitled =
        new BulkArticle(
            section.id(),
            " ",
            "",
            PARAGRAPHS,
            "",
            "",
            Instant.now(),
            List.of(author.id()),
            List.of());

    assertThatThrownBy(() -> bulk.insertPublished(List.of(good, untitled)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Judul wajib diisi");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM article WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single())
        .isZero();
  }

  private org.jsoup.nodes.Document page(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  /** Every column of the row but its id and creation time (which the database and clock give). */
  private Map<String, Object> row(long id) {
    Map<String, Object> row =
        new HashMap<>(
            jdbc.sql(
                    """
                    SELECT section_id, title, slug, lead, body_html, source, editor_code,
                           lead_media_id, read_also_id, status, published_at, updated_at,
                           version, seo_title, meta_description, social_media_id
                    FROM article WHERE id = :id
                    """)
                .param("id", id)
                .query()
                .singleRow());
    row.replaceAll((k, v) -> v instanceof Number n ? n.longValue() : v);
    return row;
  }

  private List<List<Long>> links(String table, String column, long id) {
    List<List<Long>> rows = new ArrayList<>();
    jdbc.sql(
            "SELECT "
                + column
                + ", position FROM "
                + table
                + " WHERE article_id = :id ORDER BY position")
        .param("id", id)
        .query(
            rs -> {
              rows.add(List.of(rs.getLong(1), rs.getLong(2)));
            });
    return rows;
  }
}
