package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.net.URI;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** /cari and the search form as a reader sees them, and Baca Juga filled by content. */
@WartaTest
class SearchPageTest {
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  TestContent content;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal Halaman Cari");
    author = content.author("Penulis Halaman Cari");
  }

  Document page(String url, int status) throws Exception {
    MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
    assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  @Test
  void everyPageHasASearchFormThatWorksWithoutJavaScript() throws Exception {
    Element form = page("/indeks", 200).selectFirst("header form[role=search]");
    assertThat(form).isNotNull();
    assertThat(form.attr("action")).isEqualTo("/cari");
    assertThat(form.attr("method")).isEqualTo("get");
    assertThat(form.select("input[name=q]")).hasSize(1);
    assertThat(form.select("label[for=cari-kata]").text()).isEqualTo("Cari berita");
  }

  @Test
  void showsResultsWithMarkedWordsSectionAndDate() throws Exception {
    long id =
        content
            .article(section, author)
            .title("Junta Myanmar Berterima Kasih Atas Dukungan Rusia")
            .lead("Junta berterima kasih.")
            .body("<p>Kepala junta mengucapkan terima kasih kepada Moskow.</p>")
            .publishedAt(Instant.parse("2021-06-23T05:15:00Z"))
            .create();

    Document doc = page("/cari?q=terima%20kasih&kanal=" + section.slug(), 200);
    assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(doc.select("input#q").val()).isEqualTo("terima kasih");
    assertThat(doc.select(".result-count").text())
        .isEqualTo("1 berita ditemukan untuk \"terima kasih\"");
    Element result = doc.selectFirst(".search-results li");
    assertThat(result.select("h2 a").attr("href"))
        .endsWith("/" + id + "/junta-myanmar-berterima-kasih-atas-dukungan-rusia");
    assertThat(result.select("h2 mark").eachText()).containsExactly("Berterima", "Kasih");
    assertThat(result.select(".excerpt mark").eachText()).contains("terima", "kasih");
    assertThat(result.select(".meta").text())
        .contains(section.name())
        .contains("Rabu 23 Juni 2021, 12:15 WIB");
    assertThat(doc.select("select#kanal option[selected]").val()).isEqualTo(section.slug());
  }

  @Test
  void neverRendersMarkupFromTheArticleOrTheQuery() throws Exception {
    content
        .article(section, author)
        .title("Serangan <script>alert(1)</script> Siber")
        .body("<p>Serangan siber &lt;img src=x onerror=alert(2)&gt; melumpuhkan layanan.</p>")
        .create();

    Document doc = page("/cari?q=serangan%20siber%20%3Cscript%3E&kanal=" + section.slug(), 200);
    assertThat(doc.select(".search-results script, .search-results img")).isEmpty();
    assertThat(doc.select(".search-results").text()).contains("<script>alert(1)</script>");
    assertThat(doc.select("input#q").val()).isEqualTo("serangan siber <script>");
  }

  @Test
  void paginatesKeepingTheFilters() throws Exception {
    for (int i = 0; i < 12; i++) {
      content.article(section, author).title("Lomba Perahu Naga Babak " + i).create();
    }
    String base = "/cari?q=perahu%20naga&kanal=" + section.slug() + "&urut=terbaru";
    Document first = page(base, 200);
    assertThat(first.select(".search-results li")).hasSize(10);
    assertThat(first.select(".pagination .page-of").text()).isEqualTo("Halaman 1 dari 2");
    String next = first.select(".pagination a[rel=next]").attr("href");
    assertThat(next)
        .contains("kanal=" + section.slug())
        .contains("urut=terbaru")
        .contains("halaman=2");
    assertThat(page(next, 200).select(".search-results li")).hasSize(2);
    page(base + "&halaman=3", 404);
  }

  @Test
  void nothingFoundOffersASpellingAndBeritaPopuler() throws Exception {
    content.article(section, author).title("Pelantikan Gubernur Baru").create();

    Document doc = page("/cari?q=pelantikan%20gubernus&kanal=" + section.slug(), 200);
    assertThat(doc.select(".no-results h2").first().text()).contains("Tidak ada berita yang cocok");
    Element suggestion = doc.selectFirst(".suggestion a");
    assertThat(suggestion.text()).isEqualTo("pelantikan gubernur");
    assertThat(suggestion.attr("href"))
        .isEqualTo("/cari?q=pelantikan%20gubernur&kanal=" + section.slug());
    assertThat(page(suggestion.attr("href"), 200).select(".search-results li")).hasSize(1);
    assertThat(doc.select(".no-results .tips li")).isNotEmpty();
    assertThat(doc.select(".sidebar .module-title").eachText()).contains("Berita Populer");
  }

  @Test
  void anEmptySearchShowsTheForm() throws Exception {
    Document doc = page("/cari", 200);
    assertThat(doc.select("h1").text()).isEqualTo("Cari Berita");
    assertThat(doc.select("form.search-filters input[name=q]")).hasSize(1);
    assertThat(doc.select(".search-results, .no-results")).isEmpty();
  }

  @Test
  void badInputGetsAnIndonesianErrorPageNeverAServerError() throws Exception {
    String longQuery = "a".repeat(201);
    assertThat(page("/cari?q=" + longQuery, 400).select("main").text())
        .contains("Kata kunci terlalu panjang");
    assertThat(page("/cari?q=banjir&dari=2021-13-45", 400).select("main").text())
        .contains("Tanggal tidak valid");
    assertThat(page("/cari?q=banjir&dari=2021-06-23&sampai=2021-06-01", 400).select("main").text())
        .contains("Tanggal awal");
    assertThat(page("/cari?q=banjir&urut=acak", 400).select("main").text())
        .contains("Urutan tidak valid");
    assertThat(page("/cari?q=banjir&halaman=abc", 400).select("main").text())
        .contains("Nomor halaman tidak valid");
    assertThat(page("/cari?q=banjir&halaman=0", 400).select("h1").text())
        .isEqualTo("Permintaan tidak valid");
    assertThat(page("/cari?q=banjir&kanal=%3Cx%3E", 400).select("main").text())
        .contains("Kanal tidak valid");
    assertThat(page("/cari?q=banjir&kanal=tidak-ada-kanal-ini", 404).select("main").text())
        .contains("Kanal tidak ditemukan");
    assertThat(page("/cari?q=banjir&halaman=999", 404).select("h1").text())
        .isEqualTo("Halaman tidak ditemukan");
    page("/cari?q=%22%22%22%20((%20-%20*~%20%5C", 200);
    page("/cari?q=%00%01", 200);
  }

  @Test
  void bacaJugaIsFilledBySimilarArticlesWhenTheEditorChoseNone() throws Exception {
    String text = "Nelayan Teluk Zambrut menangkap tuna sirip kuning dalam jumlah besar musim ini.";
    long similar =
        content
            .article(section, author)
            .title("Tangkapan Tuna Nelayan Teluk Zambrut Melimpah")
            .body("<p>" + text + "</p>")
            .tags("Zambrut")
            .create();
    long article =
        content
            .article(section, author)
            .title("Harga Tuna Teluk Zambrut Turun")
            .body("<p>" + text + " Harga di pelelangan turun.</p>")
            .tags("Zambrut")
            .create();
    Document doc =
        page("/" + section.slug() + "/" + article + "/harga-tuna-teluk-zambrut-turun", 200);
    assertThat(doc.select(".read-also a").attr("href")).contains("/" + similar + "/");
    assertThat(doc.select(".related a[href*=/" + article + "/]")).isEmpty();
  }
}
