package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.article.Article;
import id.warta.article.ArticleBodyPolicy;
import id.warta.article.ArticleReading;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSeo;
import id.warta.article.ArticleStatus;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.Tag;
import id.warta.article.WholeArticle;
import id.warta.article.WholeArticles;
import id.warta.author.Author;
import id.warta.liveblog.LiveViews;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.page.StaticPage;
import id.warta.page.StaticPages;
import id.warta.platform.IndonesianDates;
import id.warta.popular.PageViewCounter;
import id.warta.search.RelatedArticles;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shape of the reader's pages (title, headings, links, head, status codes) from their
 * controllers and templates alone: what the repositories return is made up here, so each case says
 * exactly what the page is given. {@code ReaderPagesTest} keeps what needs the database (lists,
 * pagination, filters).
 */
@WebMvcTest(
    properties = "warta.site.name=Warta Uji",
    controllers = {
      HomeController.class,
      ArticleController.class,
      StaticPageController.class,
      SiteErrors.class
    },
    includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = SiteSlice.SECURITY),
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = SiteSlice.OTHER_FILTERS))
@Import(SiteSlice.class)
class ReaderPagesSliceTest {
  static final Instant DAY = Instant.parse("2021-06-23T05:15:00Z");
  static final Section NASIONAL = new Section(3, "nasional", "Nasional", "", 1);
  static final Author AUTHOR = new Author(5, "nur-aivanni", "Nur Aivanni", "");
  static final Tag TAG = new Tag(9, "myanmar", "Myanmar");
  static final MediaAsset PHOTO =
      new MediaAsset(
          7, "abc123", "image/jpeg", 1800, 1200, "AFP", "Keterangan foto junta", "Teks alternatif");
  static final String TITLE = "Junta Myanmar Berterima Kasih Atas Dukungan Rusia";
  static final Article ARTICLE =
      new Article(
          11,
          NASIONAL.id(),
          TITLE,
          "junta-myanmar-berterima-kasih-atas-dukungan-rusia",
          "Junta Myanmar berterima kasih kepada Rusia.",
          ArticleBodyPolicy.sanitize(
              "<p>Kepala junta Myanmar berterima kasih.</p><p>Paragraf akhir.</p>"),
          "Malay Mail",
          "OL-13",
          PHOTO.id(),
          null,
          ArticleStatus.PUBLISHED,
          DAY,
          DAY,
          DAY,
          1,
          ArticleSeo.NONE);
  static final String PATH = "/nasional/11/junta-myanmar-berterima-kasih-atas-dukungan-rusia";

  @Autowired MockMvc mvc;

  @MockitoBean ArticleRepository articles;
  @MockitoBean PublishedArticles published;
  @MockitoBean WholeArticles wholeArticles;
  @MockitoBean SectionRepository sections;
  @MockitoBean MediaRepository media;
  @MockitoBean StaticPages pages;
  @MockitoBean PageViewCounter views;
  @MockitoBean RelatedArticles related;
  @MockitoBean LiveViews live;
  @MockitoBean SiteModules modules;
  @MockitoBean HomeLists homeLists;

  @BeforeEach
  void site() {
    when(sections.findAll()).thenReturn(List.of(NASIONAL));
    when(sections.findById(NASIONAL.id())).thenReturn(Optional.of(NASIONAL));
    when(media.findById(PHOTO.id())).thenReturn(Optional.of(PHOTO));
    when(pages.published())
        .thenReturn(
            List.of(
                new StaticPage(
                    1, "tentang-kami", "Tentang Kami", "<p>Kami.</p>", true, 1, 1, DAY)));
    var none = new SectionModule("Terbaru", "/indeks", List.of());
    when(modules.build())
        .thenReturn(
            new Modules(
                null,
                none,
                List.of(),
                none,
                null,
                IndonesianDates.forZone(ZoneId.of("Asia/Jakarta")),
                "Warta Uji",
                Set.of(),
                Set.of()));
    when(articles.findById(ARTICLE.id())).thenReturn(Optional.of(ARTICLE));
    when(wholeArticles.reading(ARTICLE))
        .thenReturn(
            new ArticleReading(
                new WholeArticle(ARTICLE, List.of(AUTHOR), List.of(TAG)),
                List.of(),
                null,
                List.of(),
                List.of(PHOTO)));
    when(related.choose(anyLong(), anyLong(), any(), any(), anyInt()))
        .thenReturn(new RelatedArticles.Choice(null, List.of()));
  }

  @Test
  void theArticlePageShowsItsPartsAndIsCacheable() throws Exception {
    var response = get200(PATH);
    Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));

    assertThat(doc.title()).isEqualTo(TITLE + " - Warta Uji");
    assertThat(doc.selectFirst("h1").text()).isEqualTo(TITLE);
    assertThat(doc.selectFirst(".dateline").text()).isEqualTo("Rabu 23 Juni 2021, 12:15 WIB");
    assertThat(doc.select(".byline a").eachText()).containsExactly("Nur Aivanni", "Nasional");
    assertThat(doc.select(".byline a").eachAttr("href"))
        .containsExactly("/penulis/nur-aivanni", "/nasional");
    assertThat(doc.selectFirst(".lead-photo .credit").text()).isEqualTo("AFP");
    assertThat(doc.selectFirst(".lead-photo .caption").text()).isEqualTo("Keterangan foto junta");
    assertThat(doc.selectFirst(".lead-photo img").attr("alt")).isEqualTo("Teks alternatif");
    assertThat(doc.selectFirst(".body .lead-in").text()).isEqualTo("KEPALA");
    assertThat(doc.select(".body p").last().text()).isEqualTo("Paragraf akhir. (Malay Mail/OL-13)");
    assertThat(doc.select(".tags a").eachText()).containsExactly("Myanmar");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("http://localhost:8080" + PATH);
    assertThat(doc.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Junta Myanmar berterima kasih kepada Rusia.");
    assertThat(doc.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(doc.select("script[type=application/ld+json]")).hasSize(2);
    assertThat(doc.select("nav.sections a[aria-current=page]").eachText())
        .containsExactly("Nasional");
    assertThat(doc.select(".footer-pages a").eachAttr("href"))
        .containsExactly("/halaman/tentang-kami");
    assertThat(response.getHeader("Cache-Control")).contains("public");
  }

  @Test
  void aWrongSlugOrAMissingSlugRedirectsPermanentlyToTheCanonicalUrl() throws Exception {
    for (String path :
        List.of(
            "/nasional/11/judul-lama",
            "/nasional/11",
            "/salah-kanal/11/junta-myanmar-berterima-kasih-atas-dukungan-rusia")) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(301);
      assertThat(response.getRedirectedUrl()).isEqualTo(PATH);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/nasional/999999999/judul",
        "/nasional/99999999999999999999999/judul",
        "/nasional/abc/judul",
        "/nasional/-5/judul",
        "/nasional/12/draf"
      })
  void aMissingOrUnpublishedArticleIsAnIndonesian404Page(String path) throws Exception {
    when(articles.findById(12))
        .thenReturn(
            Optional.of(
                new Article(
                    12,
                    NASIONAL.id(),
                    "Draf Rahasia",
                    "draf",
                    "",
                    "",
                    "",
                    "",
                    null,
                    null,
                    ArticleStatus.DRAFT,
                    null,
                    DAY,
                    DAY,
                    1,
                    null)));
    var response = mvc.perform(get(path)).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
    Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Halaman tidak ditemukan");
    assertThat(doc.text()).doesNotContain("Draf Rahasia", "Exception", "at id.warta");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void theHomePageShowsTheHeadlineAndItsSection() throws Exception {
    when(homeLists.shown())
        .thenReturn(
            new HomeLists.Shown(
                List.of(
                    new ArticleSummary(
                        11,
                        TITLE,
                        ARTICLE.slug(),
                        "nasional",
                        "Nasional",
                        "Junta Myanmar berterima kasih kepada Rusia.",
                        DAY,
                        DAY,
                        null)),
                List.of(),
                Set.of()));

    Document doc = Jsoup.parse(get200("/").getContentAsString(StandardCharsets.UTF_8));

    assertThat(doc.title()).isEqualTo("Warta Uji");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Warta Uji: berita terkini");
    assertThat(doc.select(".headline-title a").eachAttr("href")).containsExactly(PATH);
    assertThat(doc.select(".headline-title").text()).isEqualTo(TITLE);
    assertThat(doc.select("nav.sections a[aria-current=page]").eachText())
        .containsExactly("Beranda");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("http://localhost:8080/");
  }

  @Test
  void aStaticPageShowsItsTitleAndBodyAndAnUnpublishedOneIsNotFound() throws Exception {
    when(pages.findBySlug("redaksi"))
        .thenReturn(
            Optional.of(
                new StaticPage(
                    2,
                    "redaksi",
                    "Redaksi",
                    "<p>Pemimpin Redaksi: Nur Aivanni.</p>",
                    true,
                    2,
                    1,
                    DAY)));
    when(pages.findBySlug("rahasia"))
        .thenReturn(
            Optional.of(new StaticPage(3, "rahasia", "Rahasia", "<p>x</p>", false, 3, 1, DAY)));

    Document doc =
        Jsoup.parse(get200("/halaman/redaksi").getContentAsString(StandardCharsets.UTF_8));

    assertThat(doc.title()).isEqualTo("Redaksi - Warta Uji");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Redaksi");
    assertThat(doc.select(".article-body p").text()).isEqualTo("Pemimpin Redaksi: Nur Aivanni.");
    assertThat(doc.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Pemimpin Redaksi: Nur Aivanni.");
    assertThat(mvc.perform(get("/halaman/rahasia")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(mvc.perform(get("/halaman/tidak-ada")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }

  private MockHttpServletResponse get200(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response;
  }
}
