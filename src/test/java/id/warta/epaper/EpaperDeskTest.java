package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.newsroom.Staff;
import id.warta.platform.IndonesianDates;
import id.warta.platform.StorageProperties;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The newsroom's e-paper screen as an editor uses it: upload, follow the processing, retry. */
@ExtendWith(EmptyDatabase.class)
@WartaTest
class EpaperDeskTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final IndonesianDates DATES = IndonesianDates.forZone(ZoneId.of("Asia/Jakarta"));
  // The class starts on an empty database; each upload takes the next day.
  private static final AtomicInteger DAYS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EditionService editions;
  @Autowired JdbcClient jdbc;
  @Autowired StorageProperties storage;

  NewsroomUser editor;

  @BeforeEach
  void setUp() {
    editor = Staff.of(context).create(Role.EDITOR);
  }

  static LocalDate uniqueDate() {
    return LocalDate.of(2021, 1, 1).plusDays(DAYS.incrementAndGet());
  }

  private MockHttpServletResponse upload(byte[] pdf, String date, String first, String last)
      throws Exception {
    return mvc.perform(
            multipart("/redaksi/epaper")
                .file(new MockMultipartFile("berkas", "edisi.pdf", "application/pdf", pdf))
                .param("tanggal", date)
                .param("judul", "Media Indonesia")
                .param("judulFokus", "Atletik Jadi Lumbung Medali")
                .param("teaserFokus", "Para atlet menyumbang emas terbanyak.")
                .param("halamanAwal", first)
                .param("halamanAkhir", last)
                .with(Staff.as(editor))
                .with(csrf()))
        .andReturn()
        .getResponse();
  }

  private Document screen() throws Exception {
    var response =
        mvc.perform(get("/redaksi/epaper").with(Staff.as(editor))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  private long editionId(LocalDate date) {
    return jdbc.sql("SELECT id FROM edition WHERE edition_date = :d")
        .param("d", date.toString())
        .query(Long.class)
        .single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private long audited(String action, long editionId) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND target = :t")
        .param("a", action)
        .param("t", "edisi " + editionId)
        .query(Long.class)
        .single();
  }

  private long storedPdfs() throws Exception {
    Path dir = storage.privateMediaDir().resolve("epaper");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void theScreenOffersTheUploadFormWithTheEditionTitleAndIsInTheEditorsMenu() throws Exception {
    Document page = screen();
    assertThat(page.select("nav a[href=/redaksi/epaper]").text()).isEqualTo("E-Paper");
    assertThat(page.selectFirst("#judul").val()).isEqualTo("Media Indonesia");
    assertThat(page.selectFirst("#tanggal").val()).isNotBlank();
    assertThat(page.selectFirst("form#unggah-edisi").attr("enctype"))
        .isEqualTo("multipart/form-data");
    assertThat(page.select("form#unggah-edisi input[name=_csrf]")).hasSize(1);
    assertThat(page.selectFirst("a#muat-ulang").attr("href")).isEqualTo("/redaksi/epaper");
    assertThat(page.select("script:not([src])")).isEmpty();

    var writer = Staff.of(context).create(Role.WRITER);
    var writers =
        Jsoup.parse(
            mvc.perform(get("/redaksi/artikel").with(Staff.as(writer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(writers.select("nav a[href=/redaksi/epaper]")).isEmpty();
  }

  @Test
  void anEditorUploadsAPdfAndSeesItProcessedAndLinkedToTheReader() throws Exception {
    LocalDate date = uniqueDate();
    var response = upload(TestPdfs.pages(3, "meja e-paper"), date.toString(), "2", "3");
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi/epaper");
    long id = editionId(date);
    assertThat(audited("EPAPER_UPLOADED", id)).isEqualTo(1);

    assertThat(editions.awaitProcessing(id, WAIT).status()).isEqualTo(EditionStatus.READY);
    var row = screen().selectFirst("tr:has(td:containsOwn(" + DATES.day(date) + "))");
    assertThat(row.select("td").get(1).text()).isEqualTo("Media Indonesia");
    assertThat(row.selectFirst(".label").text()).isEqualTo("Siap dibaca (3 halaman)");
    assertThat(row.selectFirst("a").attr("href")).isEqualTo("/epaper/" + date);
    assertThat(row.select("form[action$=/ulang]")).isEmpty();
    assertThat(mvc.perform(get("/epaper/" + date)).andReturn().getResponse().getStatus())
        .isEqualTo(200);

    // While pages are still being rendered the screen shows how far it has come.
    jdbc.sql("UPDATE edition SET status = 'PROCESSING', page_count = 6 WHERE id = :id")
        .param("id", id)
        .update();
    try {
      Document page = screen();
      var processing = page.selectFirst("tr:has(td:containsOwn(" + DATES.day(date) + "))");
      assertThat(processing.selectFirst("progress").attr("value")).isEqualTo("50");
      assertThat(processing.selectFirst(".percent").text()).isEqualTo("50%");
      assertThat(processing.selectFirst(".label").text())
          .isEqualTo("Diproses: 3 dari 6 halaman selesai");
      assertThat(processing.select("a, button")).isEmpty();
      assertThat(page.selectFirst("a#muat-ulang").attr("data-processing")).isEqualTo("true");
      assertThat(page.select("script[src=/js/redaksi-epaper.js]")).hasSize(1);
    } finally {
      jdbc.sql("UPDATE edition SET status = 'READY', page_count = 3 WHERE id = :id")
          .param("id", id)
          .update();
    }
  }

  static Stream<Object[]> badUploads() {
    return Stream.of(
        new Object[] {
          "bukan PDF",
          "Media Indonesia".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "1",
          "2",
          "Berkas ini bukan PDF. Unggah edisi cetak dalam format PDF."
        },
        new Object[] {
          "terenkripsi",
          TestPdfs.encryptedWithoutUserPassword(),
          "1",
          "1",
          "PDF ini terenkripsi. Unggah PDF tanpa enkripsi dan tanpa kata sandi."
        },
        new Object[] {
          "rusak", TestPdfs.corrupt(), "1", "1", "PDF ini rusak atau tidak dapat dibaca."
        },
        new Object[] {
          "rentang di luar PDF",
          TestPdfs.pages(2, "rentang"),
          "2",
          "5",
          "Halaman Fokus 2–5 di luar PDF, yang hanya berisi 2 halaman."
        },
        new Object[] {
          "rentang terbalik",
          TestPdfs.pages(2, "terbalik"),
          "2",
          "1",
          "Rentang halaman Fokus tidak valid: halaman awal paling kecil 1 dan tidak boleh melewati"
              + " halaman akhir."
        },
        new Object[] {
          "halaman bukan angka",
          TestPdfs.pages(2, "angka"),
          "dua",
          "2",
          "Halaman awal Fokus harus berupa angka."
        });
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("badUploads")
  void aRefusedUploadShowsWhyKeepsTheTypingAndStoresNothing(
      String name, byte[] pdf, String first, String last, String message) throws Exception {
    LocalDate date = uniqueDate();
    long rows = count("SELECT COUNT(*) FROM edition");
    long audits = count("SELECT COUNT(*) FROM audit_log");
    long files = storedPdfs();

    var response = upload(pdf, date.toString(), first, last);

    assertThat(response.getStatus()).isEqualTo(422);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.selectFirst(".error").text()).isEqualTo(message);
    assertThat(page.selectFirst("#tanggal").val()).isEqualTo(date.toString());
    assertThat(page.selectFirst("#judul").val()).isEqualTo("Media Indonesia");
    assertThat(page.selectFirst("#judulFokus").val()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(page.selectFirst("#teaserFokus").text())
        .isEqualTo("Para atlet menyumbang emas terbanyak.");
    assertThat(page.selectFirst("#halamanAwal").val()).isEqualTo(first);
    assertThat(page.selectFirst("#halamanAkhir").val()).isEqualTo(last);
    assertThat(count("SELECT COUNT(*) FROM edition")).isEqualTo(rows);
    assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audits);
    assertThat(storedPdfs()).isEqualTo(files);
  }

  @Test
  void aSecondEditionForTheSameDateIsRefused() throws Exception {
    LocalDate date = uniqueDate();
    editions.upload(
        EditionUpload.withoutFocus(TestPdfs.pages(1, "pertama"), date, "Media Indonesia"));
    long rows = count("SELECT COUNT(*) FROM edition");
    long files = storedPdfs();

    var response = upload(TestPdfs.pages(2, "kedua"), date.toString(), "1", "2");

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(response.getContentAsString()).selectFirst(".error").text())
        .isEqualTo("Edisi tanggal " + DATES.shortDay(date) + " sudah ada.");
    assertThat(count("SELECT COUNT(*) FROM edition")).isEqualTo(rows);
    assertThat(storedPdfs()).isEqualTo(files);
    editions.awaitProcessing(editionId(date), WAIT);
  }

  @Test
  void aFailedEditionShowsItsReasonAndCanBeRetried() throws Exception {
    LocalDate date = uniqueDate();
    Path pageDir = storage.mediaDir().resolve("epaper");
    Path aside = storage.mediaDir().resolve("epaper-aside-desk");
    Files.createDirectories(pageDir);
    Files.move(pageDir, aside);
    long id;
    try {
      // The page images cannot be written: where their folder should be, there is a file.
      Files.writeString(pageDir, "bukan folder");
      assertThat(upload(TestPdfs.pages(2, "gagal di meja"), date.toString(), "1", "2").getStatus())
          .isEqualTo(302);
      id = editionId(date);
      assertThat(editions.awaitProcessing(id, WAIT).status()).isEqualTo(EditionStatus.FAILED);
    } finally {
      Files.deleteIfExists(pageDir);
      Files.move(aside, pageDir);
    }
    var failed = screen().selectFirst("tr:has(td:containsOwn(" + DATES.day(date) + "))");
    assertThat(failed.selectFirst(".label").text())
        .isEqualTo(
            "Gagal diproses: Halaman 1 tidak dapat diproses: gambar halaman tidak dapat disimpan. "
                + "Periksa ruang penyimpanan server, lalu ulangi.");
    var retry = failed.selectFirst("form");
    assertThat(retry.attr("action")).isEqualTo("/redaksi/epaper/" + id + "/ulang");
    assertThat(retry.selectFirst("button").text()).isEqualTo("Coba lagi");
    assertThat(failed.select("a")).isEmpty();

    var response =
        mvc.perform(post(retry.attr("action")).with(Staff.as(editor)).with(csrf())).andReturn();
    assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/epaper");
    assertThat(response.getFlashMap().get("notice"))
        .isEqualTo("Edisi Media Indonesia " + DATES.shortDay(date) + " diproses ulang.");
    assertThat(audited("EPAPER_RETRIED", id)).isEqualTo(1);
    assertThat(editions.awaitProcessing(id, WAIT).status()).isEqualTo(EditionStatus.READY);
    var ready = screen().selectFirst("tr:has(td:containsOwn(" + DATES.day(date) + "))");
    assertThat(ready.selectFirst("a").attr("href")).isEqualTo("/epaper/" + date);

    // A second retry has nothing to do: the editor is told so and nothing is recorded.
    var again =
        mvc.perform(post(retry.attr("action")).with(Staff.as(editor)).with(csrf())).andReturn();
    assertThat(again.getFlashMap().get("error"))
        .isEqualTo("Edisi ini sudah siap; tidak ada yang perlu diulang.");
    assertThat(audited("EPAPER_RETRIED", id)).isEqualTo(1);
  }

  @Test
  void anEditorDeletesAnEditionOnlyAfterConfirmingAndReadersNoLongerSeeIt() throws Exception {
    LocalDate date = uniqueDate();
    assertThat(upload(TestPdfs.pages(2, "hapus di meja"), date.toString(), "1", "2").getStatus())
        .isEqualTo(302);
    long id = editionId(date);
    assertThat(editions.awaitProcessing(id, WAIT).status()).isEqualTo(EditionStatus.READY);
    String key =
        jdbc.sql("SELECT pdf_key FROM edition WHERE id = :id")
            .param("id", id)
            .query(String.class)
            .single();
    assertThat(pageImages(key)).isPositive();
    var form =
        screen().selectFirst("tr:has(td:containsOwn(" + DATES.day(date) + ")) form.hapus-edisi");
    assertThat(form.attr("action")).isEqualTo("/redaksi/epaper/" + id + "/hapus");
    assertThat(form.selectFirst("input[type=checkbox][name=yakin]").hasAttr("required")).isTrue();

    var unconfirmed =
        mvc.perform(post(form.attr("action")).with(Staff.as(editor)).with(csrf())).andReturn();
    assertThat(unconfirmed.getFlashMap().get("error"))
        .isEqualTo("Edisi tidak dihapus: centang \"Ya, hapus edisi ini\" untuk memastikan.");
    assertThat(count("SELECT COUNT(*) FROM edition WHERE id = " + id)).isEqualTo(1);

    var deleted =
        mvc.perform(
                post(form.attr("action")).param("yakin", "ya").with(Staff.as(editor)).with(csrf()))
            .andReturn();
    assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/epaper");
    assertThat((String) deleted.getFlashMap().get("notice"))
        .startsWith("Edisi Media Indonesia " + DATES.shortDay(date) + " dihapus.");
    assertThat(count("SELECT COUNT(*) FROM edition WHERE id = " + id)).isZero();
    assertThat(count("SELECT COUNT(*) FROM edition_page WHERE edition_id = " + id)).isZero();
    assertThat(audited("EPAPER_DELETED", id)).isEqualTo(1);
    assertThat(mvc.perform(get("/epaper/" + date)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(pageImages(key)).isZero();
    assertThat(storage.privateMediaDir().resolve("epaper").resolve(key + ".pdf")).doesNotExist();

    // Replacing: the same date takes a new upload now.
    assertThat(upload(TestPdfs.pages(1, "pengganti"), date.toString(), "1", "1").getStatus())
        .isEqualTo(302);
  }

  @Test
  void anEditorReplacesAnEditionInOneStepAndReadersThenSeeTheNewOne() throws Exception {
    LocalDate date = uniqueDate();
    assertThat(
            upload(TestPdfs.pages(2, "edisi lama salah cetak"), date.toString(), "1", "2")
                .getStatus())
        .isEqualTo(302);
    long oldId = editionId(date);
    assertThat(editions.awaitProcessing(oldId, WAIT).status()).isEqualTo(EditionStatus.READY);
    String oldKey =
        jdbc.sql("SELECT pdf_key FROM edition WHERE id = :id")
            .param("id", oldId)
            .query(String.class)
            .single();
    Document form = screen();
    assertThat(form.selectFirst("#unggah-edisi input[type=checkbox][name=ganti]").val())
        .isEqualTo("ya");

    var replaced =
        mvc.perform(
                multipart("/redaksi/epaper")
                    .file(
                        new MockMultipartFile(
                            "berkas",
                            "edisi.pdf",
                            "application/pdf",
                            TestPdfs.pages(3, "edisi baru benar")))
                    .param("tanggal", date.toString())
                    .param("judul", "Media Indonesia")
                    .param("ganti", "ya")
                    .with(Staff.as(editor))
                    .with(csrf()))
            .andReturn();

    assertThat(replaced.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/epaper");
    assertThat((String) replaced.getFlashMap().get("notice"))
        .startsWith(
            "Edisi Media Indonesia "
                + DATES.shortDay(date)
                + " diganti dengan PDF baru (3 halaman).");
    long newId = editionId(date);
    assertThat(newId).isNotEqualTo(oldId);
    assertThat(count("SELECT COUNT(*) FROM edition_page WHERE edition_id = " + oldId)).isZero();
    assertThat(audited("EPAPER_DELETED", oldId)).isEqualTo(1);
    assertThat(audited("EPAPER_UPLOADED", newId)).isEqualTo(1);
    assertThat(pageImages(oldKey)).isZero();
    assertThat(storage.privateMediaDir().resolve("epaper").resolve(oldKey + ".pdf")).doesNotExist();
    assertThat(editions.awaitProcessing(newId, WAIT).status()).isEqualTo(EditionStatus.READY);
    String reader =
        mvc.perform(get("/epaper/" + date + "/3")).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(reader).selectFirst(".page-text-body").text())
        .contains("edisi baru benar");
  }

  @Test
  void withoutGantiAnExistingDateIsStillRefused() throws Exception {
    LocalDate date = uniqueDate();
    editions.upload(
        EditionUpload.withoutFocus(TestPdfs.pages(1, "tetap"), date, "Media Indonesia"));
    long id = editionId(date);
    editions.awaitProcessing(id, WAIT);
    var response = upload(TestPdfs.pages(1, "tidak mengganti"), date.toString(), "1", "1");
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(editionId(date)).isEqualTo(id);
  }

  private long pageImages(String key) throws Exception {
    try (Stream<Path> files = Files.list(storage.mediaDir().resolve("epaper"))) {
      return files.filter(f -> f.getFileName().toString().startsWith(key + "-p")).count();
    }
  }
}
