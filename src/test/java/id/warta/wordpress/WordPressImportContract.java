package id.warta.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.article.Article;
import id.warta.article.ArticleStatus;
import id.warta.page.StaticPage;
import id.warta.page.StaticPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The real export written by WordPress 6.1 (../shared/data/wordpress), imported as it is, on SQLite
 * ({@code WordPressImportTest}) and PostgreSQL ({@code WordPressImportIT}). Each test imports its
 * own copy under a base URL of its own, as another site's export would be.
 */
abstract class WordPressImportContract {

  @Autowired WordPressImport importer;
  @Autowired ArticleWrites articles;
  @Autowired StaticPages pages;
  @Autowired ImportedItems items;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @TempDir Path dir;

  static Path sample() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/data/wordpress");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("/work/shared/data/wordpress");
  }

  /** A copy of the export as another site's, edited by {@code edit}; returns its source. */
  private String copy(Path to, String source, UnaryOperator<String> edit) throws IOException {
    String xml = Files.readString(sample().resolve("export-sample.xml"), StandardCharsets.UTF_8);
    xml =
        xml.replace(
            "<wp:base_site_url>http://127.0.0.1:8081</wp:base_site_url>",
            "<wp:base_site_url>" + source + "</wp:base_site_url>");
    Files.writeString(to, edit.apply(xml), StandardCharsets.UTF_8);
    return source;
  }

  private static String newSource() {
    return "http://wp-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
  }

  private ImportReport run(Path export) {
    return importer.run(export, sample().resolve("uploads"), (done, total) -> {});
  }

  private Article article(String source, long wpId) {
    var item = items.find(source, wpId).orElseThrow();
    assertThat(item.kind()).isEqualTo("post");
    return articles.find(item.targetId()).orElseThrow();
  }

  @Test
  void importsTheRealExportWithEachStatusAsTheNewsroomKnowsIt() throws IOException {
    Path export = dir.resolve("export.xml");
    String source = copy(export, newSource(), x -> x);

    ImportReport report = run(export);

    assertThat(report.created()).isEqualTo(157);
    assertThat(report.pagesCreated()).isEqualTo(3);
    assertThat(report.updated()).isZero();
    assertThat(report.media()).isEqualTo(1);
    Map<ArticleStatus, Integer> byStatus = new HashMap<>();
    jdbc.sql("SELECT target_id FROM wordpress_item WHERE source = :s AND kind = 'post'")
        .param("s", source)
        .query(Long.class)
        .list()
        .forEach(id -> byStatus.merge(articles.find(id).orElseThrow().status(), 1, Integer::sum));
    assertThat(byStatus)
        .containsEntry(ArticleStatus.PUBLISHED, 154)
        .containsEntry(ArticleStatus.SCHEDULED, 1)
        .containsEntry(ArticleStatus.DRAFT, 2); // the draft, and the private post
    Article scheduled = article(source, 2009);
    assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(scheduled.publishedAt()).isEqualTo(Instant.parse("2031-01-01T02:00:00Z"));
    assertThat(article(source, 2010).status()).isEqualTo(ArticleStatus.DRAFT);
    // the hostile post's <img src=x> is no image of the old site: listed, with the reason
    assertThat(report.skipped())
        .anySatisfy(
            s -> {
              assertThat(s.wpId()).isEqualTo(2013);
              assertThat(s.reason()).contains("gambar dari luar folder uploads");
            });

    Article seed = article(source, 2004);
    assertThat(seed.title()).isEqualTo("Junta Myanmar Berterima Kasih Atas Dukungan Rusia");
    assertThat(seed.leadMediaId()).isNotNull();
    assertThat(seed.source()).isEqualTo("AFP/Ant");
    assertThat(seed.editorCode()).isEqualTo("I-2");
    assertThat(seed.lead()).startsWith("Junta militer Myanmar berterima kasih");

    StaticPage about = pages.findBySlug("tentang-kami").orElseThrow();
    assertThat(about.bodyHtml()).contains("Media Peer adalah surat kabar harian.");
    assertThat(about.published()).isTrue();
    assertThat(pages.findBySlug("privacy-policy").orElseThrow().published()).isFalse();
  }

  @Test
  void captionsGalleriesEmbedsAndBlockMarkupBecomeWartaBodies() throws IOException {
    Path export = dir.resolve("export.xml");
    String source = copy(export, newSource(), x -> x);
    run(export);

    Article classic = article(source, 2006);
    Document body = Jsoup.parseBodyFragment(classic.bodyHtml());
    assertThat(body.select("figure img").attr("src")).startsWith("/media/");
    assertThat(body.select("figure figcaption").first().text())
        .isEqualTo("Layar pergerakan saham di Bursa Efek Indonesia, Jakarta. (ANTARA/Foto)");
    assertThat(body.select("iframe").attr("src"))
        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(body.select("h2").text()).isEqualTo("Saham perbankan memimpin");
    assertThat(body.select("li")).hasSize(2);
    assertThat(body.select("blockquote")).hasSize(1);
    assertThat(classic.bodyHtml())
        .doesNotContain("[caption", "more", "youtube.com/watch?v=dQw4w9WgXcQ\n");
    assertThat(body.select("p").first().text()).startsWith("JAKARTA – Indeks Harga Saham Gabungan");
    assertThat(classic.source()).isEqualTo("RK");
    assertThat(classic.editorCode()).isEqualTo("OL-7");
    assertThat(classic.lead())
        .isEqualTo("Indeks Harga Saham Gabungan menguat pada penutupan perdagangan Senin.");

    Article blocks = article(source, 2007);
    Document blockBody = Jsoup.parseBodyFragment(blocks.bodyHtml());
    assertThat(blocks.bodyHtml()).doesNotContain("wp:", "[gallery", "<!--");
    assertThat(blockBody.select("figure"))
        .hasSize(2); // the image block and the gallery's one image
    assertThat(blockBody.select("figure img"))
        .allSatisfy(img -> assertThat(img.attr("src")).startsWith("/media/"));
    assertThat(blockBody.select("figcaption").first().text())
        .isEqualTo("Warga menyeberangi genangan rob. (MI/Ramdani)");
    assertThat(blockBody.text()).contains("🌊");

    Article hostile = article(source, 2013);
    assertThat(hostile.title()).isEqualTo("Harga Cabai & Bawang \"Melonjak\" <Jelang> Lebaran");
    assertThat(hostile.bodyHtml()).doesNotContain("<script", "alert", "javascript:", "onerror");
    assertThat(Jsoup.parseBodyFragment(hostile.bodyHtml()).text()).contains("Pedagang mengeluh.");
  }

  @Test
  void aSecondRunImportsNothingTwiceAndUpdatesWhatChanged() throws IOException {
    Path export = dir.resolve("export.xml");
    String source = copy(export, newSource(), x -> x);
    run(export);
    Article before = article(source, 2007);
    long articleCount = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();

    ImportReport again = run(export);

    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.pagesCreated()).isZero();
    assertThat(again.unchanged()).isEqualTo(161);
    assertThat(again.skipped())
        .filteredOn(s -> s.reason().equals("tidak berubah sejak impor sebelumnya"))
        .hasSize(161);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single())
        .isEqualTo(articleCount);

    Path edited = dir.resolve("edited.xml");
    copy(
        edited,
        source,
        x -> x.replace("Ketinggian air mencapai 40 cm.", "Ketinggian air mencapai 60 cm."));
    ImportReport third = run(edited);

    assertThat(third.updated()).isEqualTo(1);
    assertThat(third.created()).isZero();
    assertThat(third.unchanged()).isEqualTo(160);
    Article after = article(source, 2007);
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.bodyHtml()).contains("Ketinggian air mencapai 60 cm.").doesNotContain("40 cm");
    assertThat(after.version()).isGreaterThan(before.version());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single())
        .isEqualTo(articleCount);
  }

  @Test
  void oldAddressesAnswer301WithTheWartaAddress() throws Exception {
    Path export = dir.resolve("export.xml");
    String source = copy(export, newSource(), x -> x);
    run(export);
    Article ihsg = article(source, 2006);
    String target = "/ekonomi/" + ihsg.id() + "/ihsg-ditutup-menguat";

    mvc.perform(get("/ekonomi/ihsg-ditutup-menguat/"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", target));
    mvc.perform(get("/").queryParam("p", "2006"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", target));
    mvc.perform(get("/2021/06/21/ihsg-ditutup-menguat/"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", target));
    mvc.perform(get("/tentang-kami/"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/halaman/tentang-kami"));
    mvc.perform(get(target)).andExpect(status().isOk());
    // a draft had no public address: /?p= of it is not redirected
    mvc.perform(get("/").queryParam("p", "2008")).andExpect(status().isOk());
  }
}
