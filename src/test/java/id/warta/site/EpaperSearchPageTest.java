package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import id.warta.epaper.TestPdfs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search in the e-paper's pages as readers use it: /epaper/cari finds a processed edition's pages
 * by their words (in any form of the root), marks the words, opens the page in the reader with the
 * words marked there too, and forgets a deleted edition. All without JavaScript.
 */
@WartaTest
class EpaperSearchPageTest {
  @Autowired MockMvc mvc;
  @Autowired EditionService editions;

  private long upload(LocalDate date, String marker, int pages) {
    var queued =
        editions.upload(
            new EditionUpload(
                TestPdfs.pages(pages, marker), date, "Media Indonesia", "", "", null, null));
    // Ready means the change feed has been applied on this node: the pages are searchable now.
    assertThat(editions.awaitProcessing(queued.editionId(), Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);
    return queued.editionId();
  }

  @Test
  void aWordOfAPageFindsThatPageInAnyFormOfItsRootAndOpensItInTheReaderMarked() throws Exception {
    String word = "zqorvu";
    LocalDate date = TestPdfs.uniqueDate();
    upload(date, "Menteri bersikap bijak soal " + word, 2);

    // "kebijakan" reduces to the root "bijak", which the pages have.
    Document results = page("/epaper/cari?q=kebijakan%20" + word);
    assertThat(results.selectFirst("h1").text()).isEqualTo("Cari di E-Paper");
    assertThat(results.selectFirst("form.search-filters input[name=q]").val())
        .isEqualTo("kebijakan " + word);
    assertThat(results.selectFirst(".result-count").text())
        .isEqualTo("2 halaman ditemukan untuk \"kebijakan " + word + "\"");
    var links = results.select(".epaper-results h2 a");
    assertThat(links.eachAttr("href"))
        .containsExactlyInAnyOrder(
            "/epaper/" + date + "/1?q=kebijakan%20" + word,
            "/epaper/" + date + "/2?q=kebijakan%20" + word);
    assertThat(links.first().text()).startsWith("Media Indonesia, ").contains(" · Halaman ");
    Element snippet = results.selectFirst(".epaper-results .excerpt");
    assertThat(snippet.select("mark").eachText()).containsExactly("bijak", word);
    assertThat(snippet.text()).contains("Menteri bersikap bijak soal " + word);

    // A phrase finds the one page that has it.
    Document one = page("/epaper/cari?q=%22halaman%202%22%20" + word);
    assertThat(one.select(".epaper-results h2 a").eachAttr("href"))
        .containsExactly("/epaper/" + date + "/2?q=%22halaman%202%22%20" + word);

    Document reader = page(links.first().attr("href"));
    Element text = reader.selectFirst("details.page-text");
    assertThat(text.hasAttr("open")).isTrue();
    assertThat(text.select(".page-text-body mark").eachText()).containsExactly("bijak", word);
    assertThat(reader.selectFirst("a.back-to-search").attr("href"))
        .isEqualTo("/epaper/cari?q=kebijakan%20" + word);
    // The canonical page is the page itself, without the words.
    assertThat(reader.selectFirst("link[rel=canonical]").attr("href"))
        .endsWith(links.first().attr("href").replaceAll("\\?.*", ""));

    // Opened otherwise, the reader marks nothing and keeps the text folded.
    Document plain = page("/epaper/" + date + "/1");
    assertThat(plain.select(".page-text-body mark")).isEmpty();
    assertThat(plain.selectFirst("details.page-text").hasAttr("open")).isFalse();
  }

  @Test
  void aDeletedEditionsPagesAreNoLongerFound() throws Exception {
    String word = "zqablot";
    long kept = upload(TestPdfs.uniqueDate(), "Banjir surut " + word, 1);
    long deleted = upload(TestPdfs.uniqueDate(), "Banjir surut " + word, 1);
    assertThat(page("/epaper/cari?q=" + word).select(".epaper-results li")).hasSize(2);

    editions.delete(deleted, edition -> {});

    Document results = page("/epaper/cari?q=" + word);
    assertThat(results.select(".epaper-results li")).hasSize(1);
    assertThat(results.selectFirst(".epaper-results a").attr("href"))
        .startsWith("/epaper/" + editions.progress(kept).editionDate() + "/1");
  }

  @Test
  void aReplacedEditionIsFoundByItsNewTextOnly() throws Exception {
    String oldWord = "zqirdu";
    String newWord = "zqumpo";
    LocalDate date = TestPdfs.uniqueDate();
    upload(date, "Salah cetak " + oldWord, 1);
    assertThat(page("/epaper/cari?q=" + oldWord).select(".epaper-results li")).hasSize(1);

    var replaced =
        editions.replace(
            new EditionUpload(
                TestPdfs.pages(1, "Cetak ulang " + newWord),
                date,
                "Media Indonesia",
                "",
                "",
                null,
                null),
            (old, stored) -> {});
    // Gone as soon as the replacement commits; the new text once it is processed.
    assertThat(page("/epaper/cari?q=" + oldWord).select(".epaper-results li")).isEmpty();
    assertThat(editions.awaitProcessing(replaced.editionId(), Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);
    assertThat(page("/epaper/cari?q=" + newWord).select(".epaper-results a").eachAttr("href"))
        .containsExactly("/epaper/" + date + "/1?q=" + newWord);
  }

  @Test
  void nothingFoundSaysSoAndOffersTheNews() throws Exception {
    String word = "zqtiada";
    Document results = page("/epaper/cari?q=" + word);
    assertThat(results.selectFirst(".no-results h2").text())
        .isEqualTo("Tidak ada halaman e-paper yang cocok dengan \"" + word + "\"");
    assertThat(results.selectFirst(".no-results a").attr("href")).isEqualTo("/cari?q=" + word);
  }

  @Test
  void theArchiveAndTheNewsSearchLeadToIt() throws Exception {
    Element form = page("/epaper").selectFirst("form.epaper-search-form");
    assertThat(form.attr("action")).isEqualTo("/epaper/cari");
    assertThat(form.attr("method")).isEqualTo("get");
    assertThat(form.selectFirst("input[type=search]").attr("name")).isEqualTo("q");
    assertThat(page("/epaper/cari").select(".epaper-results, .no-results")).isEmpty();
    assertThat(page("/cari?q=banjir%20bandang").selectFirst(".search-elsewhere a").attr("href"))
        .isEqualTo("/epaper/cari?q=banjir%20bandang");
  }

  @Test
  void aQueryTooLongIsRefused() throws Exception {
    var response = mvc.perform(get("/epaper/cari?q=" + "a".repeat(201))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("Kata kunci terlalu panjang: paling banyak 200 karakter.");
  }

  private Document page(String path) throws Exception {
    var response = mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
