package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import id.warta.epaper.TestPdfs;
import id.warta.platform.IndonesianDates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The e-paper as readers see it: archive, edition, page reader, PDF, and the block. */
@ExtendWith(EmptyDatabase.class)
@WartaTest
class EpaperPagesTest {
  // One edition for the whole class (rendering takes a while); the tests only read it.
  private static LocalDate date;
  private static byte[] pdf;
  private static final IndonesianDates DATES =
      IndonesianDates.forZone(java.time.ZoneId.of("Asia/Jakarta"));

  @Autowired MockMvc mvc;
  @Autowired EditionService editions;

  @BeforeEach
  void uploadEditionOnce() {
    if (date != null) {
      return;
    }
    // The class starts on an empty database, so it is the latest edition readers see.
    LocalDate day = LocalDate.of(2021, 6, 23);
    byte[] bytes = TestPdfs.pages(3, "Atletik Jadi Lumbung Medali " + day);
    var queued =
        editions.upload(
            new EditionUpload(
                bytes,
                day,
                "Media Indonesia",
                "Atletik Jadi Lumbung Medali",
                "SALAH satu cabang olahraga yang akan sangat menarik untuk disaksikan di Olimpiade"
                    + " 2020 ialah atletik.",
                2,
                3));
    assertThat(editions.awaitProcessing(queued.editionId(), Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);
    date = day;
    pdf = bytes;
  }

  @Test
  void theEditionPageShowsTheFokusStoryAndEveryPage() throws Exception {
    var response = fetch("/epaper/" + date);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("Cache-Control")).startsWith("public");
    Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));

    assertThat(page.title())
        .isEqualTo("E-Paper Media Indonesia, " + DATES.day(date) + " - Warta Uji");
    assertThat(page.selectFirst("h1").text()).isEqualTo("E-Paper Media Indonesia");
    assertThat(page.selectFirst(".dateline").text()).isEqualTo(DATES.day(date) + " · 3 halaman");
    Element focus = page.selectFirst(".focus-story");
    assertThat(focus.selectFirst(".focus-extra").text())
        .isEqualTo("HALAMAN FOKUS EKSTRA 2 HALAMAN");
    assertThat(focus.selectFirst(".focus-label").text()).isEqualTo("Fokus Edisi");
    assertThat(focus.selectFirst(".focus-title a").text()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(focus.selectFirst(".focus-title a").attr("href"))
        .isEqualTo("/epaper/" + date + "/2");
    assertThat(focus.selectFirst(".focus-teaser").text()).startsWith("SALAH satu cabang olahraga");

    var thumbs = page.select(".page-grid li a");
    assertThat(thumbs.eachAttr("href"))
        .containsExactly(
            "/epaper/" + date + "/1", "/epaper/" + date + "/2", "/epaper/" + date + "/3");
    assertThat(thumbs.eachText())
        .containsExactly("Halaman 1", "Halaman 2 Fokus", "Halaman 3 Fokus");
    for (Element img : page.select(".page-grid img")) {
      assertThat(img.attr("src")).startsWith("/media/epaper/").endsWith("-300.jpg");
      assertThat(img.attr("width")).isEqualTo("300");
      assertThat(fetch(img.attr("src")).getContentType()).isEqualTo("image/jpeg");
    }
    assertThat(page.select("a[download]").first().attr("href"))
        .isEqualTo("/epaper/" + date + "/pdf");
    assertThat(page.select("a[download]").first().text()).startsWith("Unduh PDF (");
  }

  @Test
  void thePageReaderLinksItsNeighboursEveryPageAndTheLargeImage() throws Exception {
    Document page = page("/epaper/" + date + "/2");
    assertThat(page.selectFirst("h1").text())
        .isEqualTo("Halaman 2 dari 3 Fokus: Atletik Jadi Lumbung Medali");
    assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/epaper/" + date + "/1");
    assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/epaper/" + date + "/3");
    Element image = page.selectFirst(".reader-page img");
    assertThat(image.attr("src")).startsWith("/media/epaper/").endsWith("-p2-1600.jpg");
    assertThat(image.attr("width")).isEqualTo("1600");
    assertThat(image.attr("alt")).isEqualTo("Halaman 2 Media Indonesia " + DATES.day(date));
    assertThat(page.selectFirst("a.zoom").attr("href")).isEqualTo(image.attr("src"));
    assertThat(page.select(".page-numbers a").eachAttr("href"))
        .containsExactly("/epaper/" + date + "/1", "/epaper/" + date + "/3");
    assertThat(page.selectFirst(".page-numbers [aria-current=page]").text()).isEqualTo("2");
    assertThat(page.selectFirst(".page-text summary").text()).isEqualTo("Teks halaman 2");
    assertThat(page.selectFirst(".page-text-body").text())
        .isEqualTo("Halaman 2 Atletik Jadi Lumbung Medali " + date);
    Element goTo = page.selectFirst("form.go-to");
    assertThat(goTo.attr("action")).isEqualTo("/epaper/" + date);
    assertThat(goTo.selectFirst("input").attr("name")).isEqualTo("halaman");
    // Keyboard navigation comes from a script file: the policy forbids inline scripts.
    assertThat(page.select("script"))
        .allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/js/epaper.js"));
    assertThat(page.select("script")).hasSize(1);

    Document first = page("/epaper/" + date + "/1");
    assertThat(first.select("a[rel=prev]")).isEmpty();
    assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/epaper/" + date + "/2");
    Document last = page("/epaper/" + date + "/3");
    assertThat(last.select("a[rel=next]")).isEmpty();
  }

  @Test
  void theGoToPageFormOpensThatPage() throws Exception {
    var response = fetch("/epaper/" + date + "?halaman=3");
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).isEqualTo("/epaper/" + date + "/3");
    assertError(
        "/epaper/" + date + "?halaman=9", 404, "Halaman 9 tidak ada; edisi ini berisi 3 halaman.");
    assertError("/epaper/" + date + "?halaman=tiga", 400, "Nomor halaman tidak valid.");
  }

  @Test
  void thePdfDownloadsUnderTheEditionsName() throws Exception {
    var response = fetch("/epaper/" + date + "/pdf");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"media-indonesia-" + date + ".pdf\"");
    assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
  }

  @Test
  void pdfRangesAnswerTheRangeOr416WithoutTheFileOrTheWholeFileForNonsense() throws Exception {
    String url = "/epaper/" + date + "/pdf";
    var part = mvc.perform(get(url).header("Range", "bytes=5-14")).andReturn().getResponse();
    assertThat(part.getStatus()).isEqualTo(206);
    assertThat(part.getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOfRange(pdf, 5, 15));

    for (String invalid :
        new String[] {"bytes=5-1", "bytes=" + pdf.length + "-", "bytes=0-1,99999999-"}) {
      var refused = mvc.perform(get(url).header("Range", invalid)).andReturn().getResponse();
      assertThat(refused.getStatus()).as(invalid).isEqualTo(416);
      assertThat(refused.getHeader("Content-Range")).as(invalid).isEqualTo("bytes */" + pdf.length);
      assertThat(refused.getContentAsByteArray()).as(invalid).isEmpty();
    }

    var ignored = mvc.perform(get(url).header("Range", "bytes=abc")).andReturn().getResponse();
    assertThat(ignored.getStatus()).isEqualTo(200);
    assertThat(ignored.getContentAsByteArray()).isEqualTo(pdf);
  }

  @Test
  void theArchiveListsEditionsNewestFirstAndByMonth() throws Exception {
    Document all = page("/epaper");
    assertThat(all.selectFirst("h1").text()).isEqualTo("Arsip E-Paper");
    Element newest = all.selectFirst(".edition-card");
    assertThat(newest.selectFirst("a").attr("href")).isEqualTo("/epaper/" + date);
    assertThat(newest.selectFirst("time").text()).isEqualTo(DATES.day(date));
    assertThat(newest.selectFirst(".edition-focus").text())
        .isEqualTo("Fokus: Atletik Jadi Lumbung Medali");
    assertThat(newest.selectFirst("img").attr("src")).endsWith("-p1-300.jpg");

    String month = date.toString().substring(0, 7);
    Document inMonth = page("/epaper?bulan=" + month);
    String monthName = EpaperArchivePage.monthLabel(java.time.YearMonth.parse(month));
    assertThat(inMonth.selectFirst("h1").text()).isEqualTo("Arsip E-Paper " + monthName);
    assertThat(inMonth.select(".edition-card a").eachAttr("href")).contains("/epaper/" + date);
    assertThat(inMonth.select("#bulan option[selected]").eachAttr("value")).containsExactly(month);

    Document empty = page("/epaper?bulan=1900-02");
    assertThat(empty.select(".edition-card")).isEmpty();
    assertThat(empty.selectFirst(".empty").text()).isEqualTo("Tidak ada edisi pada Februari 1900.");

    assertError(
        "/epaper?bulan=2021-13",
        400,
        "Bulan tidak valid. Gunakan format TTTT-BB, misalnya 2021-06.");
    assertError("/epaper?halaman=9999", 404, "Halaman 9999 tidak ada.");
  }

  @Test
  void theBlockOnTheHomePageShowsTheLatestEdition() throws Exception {
    Element block = page("/").selectFirst("section.epaper");
    assertThat(block.selectFirst("h2").text()).isEqualTo("E-Paper Media Indonesia");
    assertThat(block.selectFirst(".focus-extra").text())
        .isEqualTo("HALAMAN FOKUS EKSTRA 2 HALAMAN");
    assertThat(block.selectFirst(".focus-label").text()).isEqualTo("Fokus Edisi");
    assertThat(block.selectFirst(".focus-title").text()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(block.selectFirst(".focus-teaser").text())
        .isEqualTo(
            "SALAH satu cabang olahraga yang akan sangat menarik untuk disaksikan di Olimpiade 2020"
                + " ialah atletik.");
    Element read = block.selectFirst("a.button");
    assertThat(read.text()).isEqualTo("Baca E-Paper");
    assertThat(read.attr("href")).isEqualTo("/epaper/" + date);
  }

  @Test
  void badDatesAndPagesGetAnIndonesianErrorPage() throws Exception {
    assertError(
        "/epaper/2021-02-30",
        400,
        "Tanggal tidak valid. Gunakan format TTTT-BB-HH, misalnya 2021-06-23.");
    assertError(
        "/epaper/kemarin",
        400,
        "Tanggal tidak valid. Gunakan format TTTT-BB-HH, misalnya 2021-06-23.");
    assertError("/epaper/1901-01-01", 404, "E-paper edisi Selasa 1 Januari 1901 tidak ditemukan.");
    assertError(
        "/epaper/1901-01-01/1", 404, "E-paper edisi Selasa 1 Januari 1901 tidak ditemukan.");
    assertError(
        "/epaper/1901-01-01/pdf", 404, "E-paper edisi Selasa 1 Januari 1901 tidak ditemukan.");
    assertError("/epaper/" + date + "/4", 404, "Halaman 4 tidak ada; edisi ini berisi 3 halaman.");
    // Pages count from 1 everywhere: 0 is not a page number (400), as in ?halaman=0.
    assertError("/epaper/" + date + "/0", 400, "Nomor halaman tidak valid.");
    assertError("/epaper/" + date + "/dua", 400, "Nomor halaman tidak valid.");
  }

  private void assertError(String path, int status, String message) throws Exception {
    var response = fetch(path);
    assertThat(response.getStatus()).as(path).isEqualTo(status);
    Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.selectFirst(".error-page h1").text())
        .isEqualTo(status == 404 ? "Halaman tidak ditemukan" : "Permintaan tidak valid");
    assertThat(page.selectFirst(".error-page h1 + p").text()).as(path).isEqualTo(message);
  }

  private Document page(String path) throws Exception {
    var response = fetch(path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private MockHttpServletResponse fetch(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }
}
