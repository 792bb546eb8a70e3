package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.article.ArticleCursor;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.PublishedArticles;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.channel.ChannelRepository;
import id.warta.media.Rendition;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages as a reader sees them over the real database: lists, pagination, filters,
 * modules and errors. The article page's parts, its redirects and its 404s are in {@code
 * ReaderPagesSliceTest}.
 */
@WartaTest
@TestPropertySource(
    properties = {"warta.layout.page-size=3", "warta.layout.weekend-section=akhir-pekan"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired SectionRepository sections;
  @Autowired ArticleRepository articles;
  @Autowired PublishedArticles published;
  @Autowired ChannelRepository channels;

  Section nasional;
  Section weekend;
  Author author;
  String tag;
  long seedLike;
  final Instant day = Instant.parse("2021-06-23T05:15:00Z");

  @BeforeAll
  void content() {
    var content = TestContent.of(context);
    nasional = content.section("Nasional");
    weekend = sections.create("akhir-pekan", "Weekend", "", 99);
    author = content.author("Nur Aivanni");
    tag = TestContent.unique("Myanmar");
    var photo = content.image("AFP", "Keterangan foto junta", "Teks alternatif foto");
    for (int i = 0; i < 7; i++) {
      content
          .article(nasional, author)
          .title("Berita Nasional " + i)
          .publishedAt(day.minus(i + 1, ChronoUnit.DAYS))
          .create();
    }
    seedLike =
        content
            .article(nasional, author)
            .title("Junta Myanmar Berterima Kasih Atas Dukungan Rusia")
            .body("<p>Kepala junta Myanmar berterima kasih.</p><p>Paragraf akhir.</p>")
            .source("Malay Mail", "OL-13")
            .image(photo)
            .tags(tag)
            .publishedAt(day)
            .create();
    content
        .article(weekend, author)
        .title("Menyusuri Kuliner Malam")
        .publishedAt(day.minusSeconds(60))
        .create();
    // A draft, which no list shows nor counts.
    content.article(nasional, author).title("Draf Rahasia").status(ArticleStatus.DRAFT).create();
    articles.replaceHeadlines(List.of(seedLike));
    var channel = channels.create("benihbaik", "BenihBaik.com", "https://benihbaik.com", "", 10, 1);
    channels.upsertItem(
        channel.id(), "g1", "Bantu Renovasi Sekolah", "https://benihbaik.com/k/1", "", day);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/kanal-tidak-ada",
        "/tag/tidak-ada",
        "/penulis/tidak-ada",
        "/mitra/tidak-ada",
        "/tidak/ada/sama/sekali"
      })
  void unknownThingsAnswerAnIndonesian404Page(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(404);
    Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Halaman tidak ditemukan");
    assertThat(doc.text()).doesNotContain("Exception").doesNotContain("at id.warta");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "abc", "1.5", "99999999999", "%00"})
  void badPageNumbersAnswerAnIndonesian400Page(String page) throws Exception {
    var response =
        mvc.perform(get("/" + nasional.slug()).param("halaman", page)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(
            Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("h1")
                .text())
        .isEqualTo("Permintaan tidak valid");
  }

  @Test
  void aPagePastTheEndIsNotFound() throws Exception {
    assertThat(
            mvc.perform(get("/" + nasional.slug()).param("halaman", "4"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/" + nasional.slug()).param("halaman", "999999"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void aSectionPageIsPaginatedNewestFirst() throws Exception {
    Document first = page("/" + nasional.slug());
    assertThat(first.select(".card-title"))
        .extracting(Element::text)
        .containsExactly(
            "Junta Myanmar Berterima Kasih Atas Dukungan Rusia",
            "Berita Nasional 0",
            "Berita Nasional 1");
    assertThat(first.selectFirst("a[rel=next]").attr("href"))
        .isEqualTo("/" + nasional.slug() + "?halaman=2");
    assertThat(first.selectFirst(".page-of").text()).isEqualTo("Halaman 1 dari 3");

    Document last = page("/" + nasional.slug() + "?halaman=3");
    assertThat(last.select(".card-title"))
        .extracting(Element::text)
        .containsExactly("Berita Nasional 5", "Berita Nasional 6");
    assertThat(last.select("a[rel=next]")).isEmpty();
    assertThat(last.selectFirst("a[rel=prev]").attr("href"))
        .isEqualTo("/" + nasional.slug() + "?halaman=2");
  }

  @Test
  void deepPagesStartFromAPositionAndLinkBothWays() throws Exception {
    var newest = published.findPublished(ArticleQuery.section(nasional.id()), 0, 20);
    // Other tests may add older articles to the section; these are the class's own eight.
    assertThat(newest).hasSizeGreaterThanOrEqualTo(8);
    String base = "/" + nasional.slug();
    // The page after "Berita Nasional 1": the next three, older ones linked on, newer ones back.
    Document older = page(base + "?sebelum=" + ArticleCursor.of(newest.get(2)).token());
    assertThat(older.select(".card-title"))
        .extracting(Element::text)
        .containsExactly("Berita Nasional 2", "Berita Nasional 3", "Berita Nasional 4");
    assertThat(older.selectFirst("a[rel=next]").attr("href"))
        .isEqualTo(base + "?sebelum=" + ArticleCursor.of(newest.get(5)).token());
    assertThat(older.selectFirst("a[rel=prev]").attr("href"))
        .isEqualTo(base + "?sesudah=" + ArticleCursor.of(newest.get(3)).token());
    assertThat(older.selectFirst("link[rel=canonical]").attr("href"))
        .endsWith(base + "?sebelum=" + ArticleCursor.of(newest.get(2)).token());

    Document last = page(older.selectFirst("a[rel=next]").attr("href"));
    assertThat(last.select(".card-title"))
        .extracting(Element::text)
        .startsWith("Berita Nasional 5", "Berita Nasional 6");

    // Back from there: the three just newer than it.
    Document back = page(last.selectFirst("a[rel=prev]").attr("href"));
    assertThat(back.select(".card-title"))
        .extracting(Element::text)
        .containsExactly("Berita Nasional 2", "Berita Nasional 3", "Berita Nasional 4");
    // Back from there only the first page's articles are newer: the first page itself.
    var first = mvc.perform(get(back.selectFirst("a[rel=prev]").attr("href"))).andReturn();
    assertThat(first.getResponse().getStatus()).isEqualTo(302);
    assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(base);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sebelum=abc",
        "sebelum=1.2.3",
        "sesudah=99999999999999999.1",
        "sebelum=1624425300000.-1",
        "sebelum=1624425300000.1&sesudah=1624425300000.1",
        "halaman=2&sebelum=1624425300000.1"
      })
  void badPositionsAnswerAnIndonesian400Page(String query) throws Exception {
    var response = mvc.perform(get("/" + nasional.slug() + "?" + query)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(
            Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("h1")
                .text())
        .isEqualTo("Permintaan tidak valid");
  }

  @Test
  void aPositionPastTheEndIsNotFound() throws Exception {
    assertThat(
            mvc.perform(get("/" + nasional.slug() + "?sebelum=0.1"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void tagAndAuthorPagesListTheirArticles() throws Exception {
    String tagSlug = id.warta.platform.Slugs.of(tag);
    assertThat(page("/tag/" + tagSlug).select(".card-title"))
        .extracting(Element::text)
        .containsExactly("Junta Myanmar Berterima Kasih Atas Dukungan Rusia");
    Document authorPage = page(author.path());
    assertThat(authorPage.selectFirst("h1").text()).isEqualTo(author.name());
    assertThat(authorPage.select(".card-title")).hasSize(3);
  }

  @Test
  void theIndeksFiltersByDayInTheSiteZone() throws Exception {
    Document doc = page("/indeks?tanggal=2021-06-23");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Indeks Berita Rabu 23 Juni 2021");
    assertThat(doc.select(".card-title"))
        .extracting(Element::text)
        .containsExactly(
            "Junta Myanmar Berterima Kasih Atas Dukungan Rusia", "Menyusuri Kuliner Malam");
    assertThat(doc.selectFirst("input[name=tanggal]").attr("value")).isEqualTo("2021-06-23");

    assertThat(page("/indeks?tanggal=1999-01-01").selectFirst(".empty").text())
        .isEqualTo("Tidak ada berita pada Jumat 1 Januari 1999.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"23-06-2021", "2021-13-01", "2021-02-30", "kemarin", "0000-01-01"})
  void aBadIndeksDateAnswers400(String date) throws Exception {
    assertThat(
            mvc.perform(get("/indeks").param("tanggal", date))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }

  @Test
  void theHomePageShowsTheHeadlineAndEveryModuleWithItsSelengkapnyaLink() throws Exception {
    Document doc = page("/");
    assertThat(doc.selectFirst(".headline-title").text())
        .isEqualTo("Junta Myanmar Berterima Kasih Atas Dukungan Rusia");
    assertThat(doc.select(".module-title"))
        .extracting(Element::text)
        .contains("Berita Terkini", "BenihBaik.com", "Berita Populer", "Berita Weekend");
    assertThat(doc.select(".more a"))
        .extracting(a -> a.attr("href"))
        .contains("/indeks", "/populer", "/akhir-pekan", "/mitra/benihbaik");
    assertThat(doc.select(".channel a"))
        .extracting(Element::text)
        .contains("Bantu Renovasi Sekolah");
    assertThat(doc.select(".modules").text()).contains("Menyusuri Kuliner Malam");
  }

  @Test
  void everyModulesSelengkapnyaPageAnswers() throws Exception {
    for (String path : List.of("/indeks", "/populer", "/akhir-pekan", "/mitra/benihbaik")) {
      assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
          .as(path)
          .isEqualTo(200);
    }
    assertThat(page("/mitra/benihbaik").select(".channel-items a"))
        .extracting(Element::text)
        .containsExactly("Bantu Renovasi Sekolah");
  }

  @Test
  void theStyleSheetHasAFingerprintedNameAndIsKeptForAYear() throws Exception {
    String href = page("/").selectFirst("link[rel=stylesheet]").attr("href");
    assertThat(href).matches("/css/warta-[0-9a-f]{32}\\.css");
    var css = get200(href);
    assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
    assertThat(css.getContentAsString()).contains(".lead-in");
  }

  @Test
  void everyPageSaysItIsIndonesianWhateverTheBrowserAsksFor() throws Exception {
    for (String path :
        List.of(
            "/",
            "/" + nasional.slug(),
            articlePath(seedLike),
            "/indeks",
            "/cari?q=junta",
            "/tidak-ada-halaman-ini")) {
      var response =
          mvc.perform(get(path).header("Accept-Language", "en-US,en;q=0.9"))
              .andReturn()
              .getResponse();
      assertThat(response.getHeader("Content-Language")).as(path).isEqualTo("id");
      assertThat(
              Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                  .selectFirst("html")
                  .attr("lang"))
          .as(path)
          .isEqualTo("id");
    }
  }

  @Test
  void theSiteHasAnIconWherePagesAndBrowsersLookForIt() throws Exception {
    assertThat(page("/").select("link[rel=icon]").attr("href")).isEqualTo("/favicon.ico");
    var icon = get200("/favicon.ico");
    assertThat(icon.getContentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
    assertThat(icon.getHeader("Cache-Control")).contains("public");
    ByteBuffer ico = ByteBuffer.wrap(icon.getContentAsByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(ico.getShort(0)).as("reserved").isZero();
    assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
    assertThat(ico.getShort(4)).as("images").isEqualTo((short) 1);
    assertThat(ico.get(6)).as("width").isEqualTo((byte) 32);
    int size = ico.getInt(14);
    int offset = ico.getInt(18);
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(icon.getContentAsByteArray(), offset, size));
    assertThat(image.getWidth()).isEqualTo(32);
    assertThat(image.getHeight()).isEqualTo(32);
  }

  @Test
  void aPhoneTakesAPhotoTheSizeOfItsScreenNotTheLargest() throws Exception {
    var content = TestContent.of(context);
    var photo = content.image("Antara", "Foto di tengah berita", "Foto di isi");
    long id =
        content
            .article(nasional, author)
            .title("Berita Berfoto Dua")
            .image(photo)
            .body(
                "<p>Paragraf.</p><figure><img src=\""
                    + photo.url(Rendition.LARGE)
                    + "\" alt=\"Foto di isi\"></figure>")
            .publishedAt(day.minus(30, ChronoUnit.DAYS))
            .create();
    Document doc = page(articlePath(id));
    var photos = doc.select(".lead-photo img, .body img");
    assertThat(photos).hasSize(2);
    for (Element img : photos) {
      assertThat(img.attr("sizes")).isNotBlank();
      Map<Integer, String> candidates = new TreeMap<>();
      for (String candidate : img.attr("srcset").split(",\\s*")) {
        String[] parts = candidate.split(" ");
        candidates.put(Integer.parseInt(parts[1].replace("w", "")), parts[0]);
        assertThat(mvc.perform(get(parts[0])).andReturn().getResponse().getStatus())
            .as(parts[0])
            .isEqualTo(200);
      }
      // A 412 px wide phone at 2.625 device pixels per CSS pixel (Lighthouse's Moto G Power is
      // 412 px at 1.75; a Pixel 7 is 412 at 2.625): a browser takes the smallest candidate that
      // covers the slot that sizes gives it.
      double needed = slot(img.attr("sizes"), 412) * 2.625;
      int chosen =
          candidates.keySet().stream()
              .filter(w -> w >= needed)
              .findFirst()
              .orElse(((TreeMap<Integer, String>) candidates).lastKey());
      assertThat(chosen)
          .as("%s on a phone", img.attr("srcset"))
          .isLessThan(Rendition.LARGE.width());
      assertThat(slot(img.attr("sizes"), 1280)).as("a desktop column").isLessThanOrEqualTo(720);
    }
  }

  /** The width in CSS pixels a sizes attribute gives an image (the forms Warta writes). */
  private static double slot(String sizes, double viewport) {
    for (String entry : sizes.split(",\\s*")) {
      Matcher condition =
          Pattern.compile("^\\(min-width: ([\\d.]+)em\\) (.+)$").matcher(entry.strip());
      String length = entry.strip();
      if (condition.matches()) {
        if (viewport < Double.parseDouble(condition.group(1)) * 16) {
          continue;
        }
        length = condition.group(2);
      }
      Matcher calc = Pattern.compile("^calc\\(100vw - ([\\d.]+)rem\\)$").matcher(length);
      if (calc.matches()) {
        return viewport - Double.parseDouble(calc.group(1)) * 16;
      }
      if (length.endsWith("vw")) {
        return viewport * Double.parseDouble(length.replace("vw", "")) / 100;
      }
      return Double.parseDouble(length.replace("px", ""));
    }
    return viewport;
  }

  private String articlePath(long id) {
    var article = articles.findById(id).orElseThrow();
    return "/" + nasional.slug() + "/" + id + "/" + article.slug();
  }

  private MockHttpServletResponse get200(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response;
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(get200(path).getContentAsString(StandardCharsets.UTF_8));
  }
}
