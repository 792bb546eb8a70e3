package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.article.PublishedArticles;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.channel.ChannelRepository;
import id.warta.feed.Standards;
import id.warta.media.MediaAsset;
import id.warta.section.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of public page passes the Nu HTML Checker, the W3C's own validator, with no error. The
 * pages only read, so the content they show is made once for the class.
 */
@WartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ChannelRepository channels;
  @Autowired PublishedArticles articles;
  @Autowired JdbcClient jdbc;

  private String section;
  private String article;
  private String author;
  private String channel;

  @BeforeAll
  void content() {
    // Pages show this class's content only (and its one edition as the latest).
    EmptyDatabase.empty(context);
    var content = TestContent.of(context);
    Section s = content.section("Nasional");
    Author a = content.author("Nur Aivanni");
    MediaAsset image = content.image("AFP", "Kepala junta Myanmar.", "Jenderal berseragam");
    long first = content.article(s, a).image(image).tags("Myanmar").create();
    long second = content.article(s, a).image(image).create();
    long third = content.article(s, a).create();
    long main =
        content
            .article(s, a)
            .title(TestContent.unique("Junta Myanmar Berterima Kasih"))
            .image(image)
            .body(
                "<p>KEPALA junta Myanmar berterima kasih.</p><h2>Sub"
                    + " judul</h2><ul><li>Satu</li></ul><p>Akhir.</p>")
            .source("Malay Mail", "OL-13")
            .readAlso(first)
            .related(first, second, third)
            .tags("Myanmar", "Rusia")
            .create();
    section = s.path();
    author = a.path();
    article = articles.findPublishedSummaries(List.of(main)).getFirst().path();
    String slug = TestContent.unique("mitra").replace(' ', '-');
    channels.create(slug, "MG News", "https://mgnews.example", "", 10, 1);
    var partner = channels.findBySlug(slug).orElseThrow();
    channels.upsertItem(
        partner.id(),
        "g1",
        "Berita mitra & kawan",
        "https://mgnews.example/1",
        "Ringkasan.",
        Instant.now());
    channel = partner.path();
    // An edition, so pages show the e-paper block too (the e-paper feature owns its upload).
    jdbc.sql(
            """
            INSERT INTO edition (edition_date, title, status, page_count, focus_title, focus_teaser,
                                 focus_first_page, focus_last_page, created_at)
            VALUES ('2026-11-30', 'Media Uji', 'READY', 24, 'Atletik Jadi Lumbung Medali',
                    'Atletik menyumbang medali terbanyak.', 2, 5, 0)
            """)
        .update();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "home",
        "article",
        "section",
        "tag",
        "author",
        "index",
        "indexDay",
        "popular",
        "channel",
        "notFound",
        "badRequest",
        "apiDocs",
        "search",
        "searchNothing",
        "epaperArchive"
      })
  void pageHasNoHtmlErrors(String kind) throws Exception {
    String path =
        switch (kind) {
          case "home" -> "/";
          case "article" -> article;
          case "section" -> section;
          case "tag" -> "/tag/myanmar";
          case "author" -> author;
          case "index" -> "/indeks";
          case "indexDay" -> "/indeks?tanggal=" + LocalDate.now(ZoneId.of("Asia/Jakarta"));
          case "popular" -> "/populer";
          case "channel" -> channel;
          case "notFound" -> "/kanal-yang-tidak-ada";
          case "badRequest" -> "/indeks?halaman=abc";
          case "apiDocs" -> "/api";
          case "search" -> "/cari?q=junta+myanmar";
          case "searchNothing" -> "/cari?q=zxqvw";
          case "epaperArchive" -> "/epaper";
          default -> throw new IllegalArgumentException(kind);
        };
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("text/html");
    String html = response.getContentAsString();
    assertThat(html).contains("<!DOCTYPE html>");
    if (kind.equals("home") || kind.equals("article")) {
      assertThat(html)
          .as("the e-paper block is checked too")
          .contains("Atletik Jadi Lumbung Medali");
    }
    assertThat(Standards.htmlErrors(html)).as(kind + " " + path).isEmpty();
  }
}
