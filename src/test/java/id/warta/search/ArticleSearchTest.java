package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaTest;
import id.warta.article.ArticleKeys;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.Changes;
import id.warta.section.Section;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Relevance, filters and sorting on a small Indonesian corpus written for these tests. Each test
 * has a section of its own and searches only there, so tests sharing the database do not meet.
 */
@WartaTest
class ArticleSearchTest {
  @Autowired ApplicationContext context;
  @Autowired ArticleSearch search;
  @Autowired Changes changes;
  @Autowired JdbcClient jdbc;

  TestContent content;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal Cari");
    author = content.author("Penulis Cari");
  }

  long article(String title, String lead, String body, Instant at) {
    return content
        .article(section, author)
        .title(title)
        .lead(lead)
        .body("<p>" + body + "</p>")
        .publishedAt(at)
        .create();
  }

  long article(String title, String body) {
    return article(title, "Ringkasan.", body, Instant.parse("2024-03-01T03:00:00Z"));
  }

  SearchResults find(String text) {
    return search.search(
        new SearchRequest(text, section.slug(), null, null, SearchRequest.Order.RELEVANCE, 1));
  }

  List<Long> ids(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::articleId).toList();
  }

  @Test
  void aCommonWordIsCountedOnlyUpToTheLimitAndSaidToBeMore() {
    for (int i = 0; i < 25; i++) {
      article("Nelayan Melaut Hari " + i, "Nelayan desa pesisir melaut sejak subuh.");
    }
    // Counting stops at 10 here (the deepest reachable result is the 10th): "lebih dari 10".
    var capped =
        new ArticleSearch(
            context.getBean(SearchIndex.class),
            new SearchProperties(null, 5, 10, 200, 10, 1),
            context.getBean(Clock.class));
    SearchResults first =
        capped.search(
            new SearchRequest(
                "nelayan", section.slug(), null, null, SearchRequest.Order.RELEVANCE, 1));
    SearchResults newest =
        capped.search(
            new SearchRequest(
                "nelayan", section.slug(), null, null, SearchRequest.Order.NEWEST, 2));

    assertThat(first.totalIsLowerBound()).isTrue();
    assertThat(first.total()).isBetween(10L, 25L);
    assertThat(first.hits()).hasSize(5);
    assertThat(first.totalPages()).isEqualTo(2);
    assertThat(newest.hits()).hasSize(5);
    SearchResults exact = find("nelayan");
    assertThat(exact.totalIsLowerBound()).isFalse();
    assertThat(exact.total()).isEqualTo(25);
  }

  @Test
  void berterimaKasihFindsTerimaKasih() {
    long junta =
        article(
            "Junta Myanmar Berterima Kasih Atas Dukungan Rusia",
            "Kepala junta berbicara di Moskow.");
    long relawan =
        article("Warga Ucapkan Terima Kasih kepada Relawan Banjir", "Relawan membantu warga.");
    article("Harga Cabai Naik Menjelang Lebaran", "Pedagang pasar mengeluh.");

    assertThat(ids(find("berterima kasih"))).containsExactlyInAnyOrder(junta, relawan);
    assertThat(ids(find("terima kasih"))).containsExactlyInAnyOrder(junta, relawan);
  }

  @Test
  void kebijakanFindsBijakAndPemerintahanFindsPemerintah() {
    long bijak = article("Sikap Bijak Kepala Desa", "Kepala desa dikenal bijak menghadapi warga.");
    long pemerintah =
        article("Pemerintah Menaikkan Anggaran Sekolah", "Anggaran naik tahun depan.");
    long pemerintahan =
        article("Jalannya Pemerintahan Daerah Dinilai Lamban", "Pengamat menilai lamban.");

    assertThat(ids(find("kebijakan"))).containsExactly(bijak);
    assertThat(ids(find("pemerintahan"))).containsExactlyInAnyOrder(pemerintah, pemerintahan);
    assertThat(ids(find("pemerintah"))).containsExactlyInAnyOrder(pemerintah, pemerintahan);
  }

  @Test
  void aRootWrittenBareInAnyArticleFindsItsDerivedForms() {
    long story =
        article("Banjir Bandang Melanda Hulu Sungai", "Ratusan warga dievakuasi ke balai desa.");
    long helpers =
        article("Tim SAR Bekerja Semalaman", "Relawan mengevakuasi lansia dengan perahu karet.");
    assertThat(ids(find("evakuasi"))).isEmpty(); // no article has the root bare yet

    long route =
        article(
            "Jalur Baru Disiapkan", "Pemerintah desa menyiapkan jalur evakuasi di tepi sungai.");

    assertThat(ids(find("evakuasi"))).containsExactlyInAnyOrder(story, helpers, route);
    assertThat(ids(find("dievakuasi"))).containsExactlyInAnyOrder(story, helpers, route);
    assertThat(ids(find("mengevakuasi"))).containsExactlyInAnyOrder(story, helpers, route);
    assertThat(find("dievakuasi").hits())
        .anySatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>evakuasi</mark>"));
  }

  @Test
  void aWordWrittenBareStaysItselfWhateverShorterWordsTheArchiveHas() {
    long name =
        article(
            "Warga Teladan dari Kampung Nelayan", "Ani menolong tetangga yang rumahnya terbakar.");
    long brave =
        article("Keberanian Seorang Guru", "Guru itu berani menghadang banjir demi muridnya.");
    long ladder =
        article("Pemadam Kebakaran Membawa Tangga", "Petugas naik tangga ke lantai tiga.");

    assertThat(ids(find("ani"))).containsExactly(name);
    assertThat(ids(find("berani"))).containsExactly(brave);
    assertThat(ids(find("tangga"))).containsExactly(ladder);
    assertThat(ids(find("tetangga"))).containsExactly(name);
  }

  @Test
  void stopWordsAloneFindNothingAndFailNothing() {
    article("Yang Dan Di Dari", "Kata-kata ini tidak dicari.");
    SearchResults results = find("yang dan di");
    assertThat(results.total()).isZero();
    assertThat(results.hits()).isEmpty();
    assertThat(find("\"kata tidak\" +(( -\\ ~ * AND OR").total()).isNotNegative();
  }

  @Test
  void aTitleMatchRanksAboveABodyMatch() {
    long inBody =
        article(
            "Warga Bergotong Royong Membersihkan Sungai",
            "Setelah hujan, sampah menumpuk dan warga takut longsor datang lagi bila sungai"
                + " tersumbat.");
    long inTitle = article("Longsor Menutup Jalan Desa", "Jalan desa tertutup tanah sejak pagi.");

    assertThat(ids(find("longsor"))).containsExactly(inTitle, inBody);
  }

  @Test
  void findsByTagAuthorAndSectionName() {
    Author writer = content.author("Nur Aivanni");
    long id =
        content
            .article(section, writer)
            .title("Rapat Dewan Berlangsung Alot")
            .lead("Rapat berlangsung hingga <malam>.")
            .tags("Parlemen")
            .create();

    assertThat(ids(find("parlemen"))).containsExactly(id);
    // found by its tag alone: the title as it is, the lead (escaped) as the snippet
    var hit = find("parlemen").hits().getFirst();
    assertThat(hit.titleHtml()).isEqualTo("Rapat Dewan Berlangsung Alot");
    assertThat(hit.snippetHtml()).isEqualTo("Rapat berlangsung hingga &lt;malam&gt;.");
    assertThat(ids(find(writer.name()))).containsExactly(id);
    assertThat(ids(find(section.name() + " alot"))).containsExactly(id);
  }

  @Test
  void filtersBySectionAndByDateInTheSiteZone() {
    Section other = content.section("Kanal Lain");
    long here =
        article(
            "Festival Layang-layang Meriah",
            "Ramai.",
            "Festival meriah.",
            Instant.parse("2024-05-01T17:30:00Z"));
    long there = content.article(other, author).title("Festival Layang-layang di Pantai").create();
    long earlier =
        article(
            "Festival Layang-layang Tahun Lalu",
            "Ramai.",
            "Festival.",
            Instant.parse("2024-04-30T16:59:00Z"));

    assertThat(ids(find("festival layang")))
        .containsExactlyInAnyOrder(here, earlier)
        .doesNotContain(there);
    // 2024-05-02 in WIB starts at 2024-05-01T17:00Z; 2024-04-30T16:59Z is still 30 April in WIB.
    var may2 =
        search.search(
            new SearchRequest(
                "festival",
                section.slug(),
                Instant.parse("2024-05-01T17:00:00Z"),
                Instant.parse("2024-05-02T17:00:00Z"),
                SearchRequest.Order.RELEVANCE,
                1));
    assertThat(ids(may2)).containsExactly(here);
  }

  @Test
  void sortsByRelevanceOrNewestFirst() {
    long oldStrong =
        article(
            "Gerhana Bulan Total",
            "Gerhana.",
            "Gerhana bulan total terlihat; gerhana berikutnya tahun depan.",
            Instant.parse("2020-01-01T00:00:00Z"));
    long newWeak =
        article(
            "Warga Berkumpul di Alun-alun",
            "Malam.",
            "Warga menunggu gerhana.",
            Instant.parse("2024-01-01T00:00:00Z"));
    long middle =
        article(
            "Cuaca Cerah Malam Ini",
            "Malam.",
            "Langit cerah untuk melihat gerhana.",
            Instant.parse("2022-01-01T00:00:00Z"));

    assertThat(ids(find("gerhana"))).first().isEqualTo(oldStrong);
    var newest =
        search.search(
            new SearchRequest(
                "gerhana", section.slug(), null, null, SearchRequest.Order.NEWEST, 1));
    assertThat(ids(newest)).containsExactly(newWeak, middle, oldStrong);
  }

  @Test
  void paginates() {
    for (int i = 0; i < 12; i++) {
      article("Pameran Lukisan Ke-" + i, "Pameran lukisan.");
    }
    var first = find("pameran");
    assertThat(first.total()).isEqualTo(12);
    assertThat(first.hits()).hasSize(10);
    assertThat(first.totalPages()).isEqualTo(2);
    var second =
        search.search(
            new SearchRequest(
                "pameran", section.slug(), null, null, SearchRequest.Order.RELEVANCE, 2));
    assertThat(second.hits()).hasSize(2);
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
  }

  @Test
  void highlightsTheWordsFoundAndEscapesEverythingElse() {
    article(
        "Peretas <b>Membobol</b> Server",
        "Peretas.",
        "Kode &lt;script&gt;alert(1)&lt;/script&gt; disisipkan peretas ke server bank.",
        Instant.parse("2024-03-01T03:00:00Z"));
    var hit = find("peretas").hits().getFirst();
    assertThat(hit.titleHtml())
        .isEqualTo("<mark>Peretas</mark> &lt;b&gt;Membobol&lt;&#x2F;b&gt; Server");
    assertThat(hit.snippetHtml())
        .contains("<mark>peretas</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script");
  }

  @Test
  void marksEachWordWhereItIsAPhraseOnlyWholeAndTheLeadWhenTheBodyHasNone() {
    article(
        "Banjir Rob Melanda Pesisir",
        "Air laut naik sejak pagi.",
        "Petugas rumah sakit mengungsikan pasien. Rumah warga juga terendam, sakit kepala.",
        Instant.parse("2024-03-01T03:00:00Z"));
    article(
        "Banjir Surut di Kota",
        "Petugas rumah sakit kembali bekerja.",
        "Warga membersihkan lumpur.",
        Instant.parse("2024-03-01T03:00:00Z"));

    var hits = find("banjir \"rumah sakit\"").hits();

    assertThat(hits).hasSize(2);
    assertThat(hits)
        .allSatisfy(
            hit -> {
              // "banjir" only in the title, the phrase only in the body or lead
              assertThat(hit.titleHtml()).startsWith("<mark>Banjir</mark> ");
              assertThat(hit.snippetHtml())
                  .containsPattern("<mark>rumah</mark> <mark>sakit</mark>|<mark>rumah sakit</mark>")
                  .doesNotContain("<mark>Rumah</mark>", "<mark>sakit</mark> kepala");
            });
    assertThat(hits)
        .anySatisfy(hit -> assertThat(hit.snippetHtml()).startsWith("Petugas <mark>"))
        .anySatisfy(hit -> assertThat(hit.snippetHtml()).contains("kembali bekerja"));
  }

  @Test
  void suggestsASpellingFromTheArticlesWhenNothingIsFound() {
    article("Gempa Mengguncang Cianjur", "Gempa kuat dirasakan warga.");
    var results = find("gempz cianjur");
    assertThat(results.total()).isZero();
    assertThat(results.suggestion()).isEqualTo("gempa cianjur");
  }

  @Test
  void aPublishedArticleIsFoundAtOnceAndAWithdrawnOneIsGone() {
    long id = article("Kapal Pesiar Bersandar di Benoa", "Turis berdatangan.");
    assertThat(ids(find("pesiar benoa"))).containsExactly(id);

    jdbc.sql("UPDATE article SET status = 'DRAFT' WHERE id = :id").param("id", id).update();
    changes.record(ArticleKeys.article(id)); // as any writer does; applied from the change feed

    assertThat(find("pesiar benoa").total()).isZero();
  }

  @Test
  void anUnpublishedArticleIsNeverIndexed() {
    content
        .article(section, author)
        .title("Draf Rahasia Tentang Kapal Selam")
        .status(id.warta.article.ArticleStatus.DRAFT)
        .create();
    assertThat(find("kapal selam").total()).isZero();
  }
}
