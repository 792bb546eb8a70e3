package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.platform.StorageProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;

@WartaTest
class EditionServiceTest {
  static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired EditionService service;
  @Autowired EditionRepository repository;
  @Autowired EditionFiles files;
  @Autowired EditionProcessor processor;
  @Autowired PageRenderer renderer;
  @Autowired ProcessingResumer resumer;
  @Autowired StorageProperties storage;
  @Autowired EpaperProperties properties;
  @Autowired JdbcClient jdbc;
  @Autowired ConfigurableApplicationContext context;
  @Autowired MockMvc mvc;

  private final List<ApplicationListener<?>> listeners = new CopyOnWriteArrayList<>();

  @AfterEach
  void removeListeners() {
    var multicaster =
        context.getBean(
            AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
            ApplicationEventMulticaster.class);
    listeners.forEach(multicaster::removeApplicationListener);
  }

  // Bad input: a clear message and nothing stored.

  @Test
  void refusesAFileThatIsNotAPdf() throws IOException {
    var image = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var png = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    assertRefused(png.toByteArray(), "Berkas ini bukan PDF. Unggah edisi cetak dalam format PDF.");
    assertRefused(
        "Media Indonesia, Rabu 23 Juni 2021".getBytes(StandardCharsets.UTF_8),
        "Berkas ini bukan PDF. Unggah edisi cetak dalam format PDF.");
    assertRefused(new byte[0], "Berkas PDF wajib diunggah; berkas yang dikirim kosong.");
  }

  @Test
  void refusesACorruptPdf() {
    assertRefused(TestPdfs.corrupt(), "PDF ini rusak atau tidak dapat dibaca.");
    assertRefused(TestPdfs.truncated(), "PDF ini rusak atau tidak dapat dibaca.");
    assertRefused(
        "%PDF-1.7\nbukan isi PDF".getBytes(StandardCharsets.US_ASCII),
        "PDF ini rusak atau tidak dapat dibaca.");
  }

  @Test
  void refusesAPasswordProtectedPdf() {
    assertRefused(
        TestPdfs.withUserPassword(), "PDF ini dilindungi kata sandi. Unggah PDF tanpa kata sandi.");
  }

  @Test
  void refusesAnEncryptedPdfEvenWithoutAPassword() {
    assertRefused(
        TestPdfs.encryptedWithoutUserPassword(),
        "PDF ini terenkripsi. Unggah PDF tanpa enkripsi dan tanpa kata sandi.");
  }

  @Test
  void refusesAPdfWithoutPages() {
    assertRefused(TestPdfs.noPages(), "PDF ini tidak memiliki halaman.");
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    long limit = properties.maxFileSize().toBytes();
    assertThat(limit).isEqualTo(50L * 1024 * 1024);
    byte[] valid = TestPdfs.pages(1);
    // A valid PDF followed by white space: one byte over the limit.
    byte[] big = Arrays.copyOf(valid, (int) limit + 1);
    Arrays.fill(big, valid.length, big.length, (byte) ' ');
    assertRefused(big, "Berkas terlalu besar (50,0 MB); batasnya 50 MB.");
  }

  @Test
  void refusesMorePagesThanTheLimit() {
    assertThat(properties.maxPages()).isEqualTo(64);
    assertRefused(TestPdfs.pages(65), "PDF ini berisi 65 halaman; batasnya 64 halaman.");
  }

  @Test
  void refusesASecondEditionForTheSameDate() {
    LocalDate date = TestPdfs.uniqueDate();
    var first =
        service.upload(
            EditionUpload.withoutFocus(TestPdfs.pages(1, "pertama"), date, "Media Indonesia"));
    assertThat(service.awaitProcessing(first.editionId(), WAIT).status())
        .isEqualTo(EditionStatus.READY);

    byte[] second = TestPdfs.pages(2, "kedua");
    assertThatThrownBy(
            () -> service.upload(EditionUpload.withoutFocus(second, date, "Media Indonesia")))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage(
            "Edisi tanggal "
                + date.getDayOfMonth()
                + " "
                + month(date)
                + " "
                + date.getYear()
                + " sudah ada.");
    assertThat(Files.exists(files.pdf(EditionFiles.key(second)))).isFalse();
    assertThat(repository.findReadyByDate(date).orElseThrow().pageCount()).isEqualTo(1);
  }

  @Test
  void refusesAFocusRangeOutsideThePdfOrBackwards() {
    byte[] pdf = TestPdfs.pages(3);
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "Media Indonesia", "Fokus", "", 2, 5),
        "Halaman Fokus 2–5 di luar PDF, yang hanya berisi 3 halaman.");
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "Media Indonesia", "Fokus", "", 3, 2),
        "Rentang halaman Fokus tidak valid: halaman awal paling kecil 1 dan tidak boleh melewati"
            + " halaman akhir.");
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "Media Indonesia", "Fokus", "", 0, 2),
        "Rentang halaman Fokus tidak valid: halaman awal paling kecil 1 dan tidak boleh melewati"
            + " halaman akhir.");
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "Media Indonesia", "Fokus", "", 2, null),
        "Isi halaman awal dan halaman akhir Fokus, atau kosongkan keduanya.");
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "Media Indonesia", "", "", 1, 2),
        "Judul Fokus wajib diisi bila halaman Fokus diisi.");
    assertRefused(
        new EditionUpload(
            pdf, TestPdfs.uniqueDate(), "Media Indonesia", "Fokus", "Teaser", null, null),
        "Halaman Fokus wajib diisi bila judul Fokus diisi.");
  }

  @Test
  void refusesAnEditionWithoutDateOrTitle() {
    byte[] pdf = TestPdfs.pages(1);
    assertRefused(
        new EditionUpload(pdf, null, "Media Indonesia", "", "", null, null),
        "Tanggal edisi wajib diisi.");
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "  ", "", "", null, null),
        "Judul edisi wajib diisi, misalnya \"Media Indonesia\".");
    assertRefused(
        new EditionUpload(pdf, TestPdfs.uniqueDate(), "x".repeat(121), "", "", null, null),
        "Judul edisi terlalu panjang (paling banyak 120 karakter).");
  }

  // Processing.

  @Test
  void rendersEveryPageInTheBackgroundAndOnlyThenShowsTheEdition() throws IOException {
    List<EditionReady> ready = new CopyOnWriteArrayList<>();
    List<Boolean> visibleWhenAnnounced = new CopyOnWriteArrayList<>();
    listen(
        event -> {
          ready.add(event);
          visibleWhenAnnounced.add(repository.findReadyByDate(event.editionDate()).isPresent());
        });
    LocalDate date = TestPdfs.uniqueDate();
    byte[] pdf = TestPdfs.pages(3, "Atletik Jadi Lumbung Medali");

    var queued =
        service.upload(
            new EditionUpload(
                pdf,
                date,
                " Media Indonesia ",
                "Atletik Jadi Lumbung Medali",
                "SALAH satu cabang.",
                2,
                3));
    assertThat(queued.status()).isIn(EditionStatus.PROCESSING, EditionStatus.READY);
    assertThat(queued.pageCount()).isEqualTo(3);

    var done = service.awaitProcessing(queued.editionId(), WAIT);
    assertThat(done.status()).isEqualTo(EditionStatus.READY);
    assertThat(done.pagesDone()).isEqualTo(3);
    assertThat(done.percent()).isEqualTo(100);
    assertThat(done.label()).isEqualTo("Siap dibaca (3 halaman)");

    Edition edition = repository.findReadyByDate(date).orElseThrow();
    assertThat(edition.title()).isEqualTo("Media Indonesia");
    assertThat(edition.focusTitle()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(edition.focusPageCount()).isEqualTo(2);
    assertThat(Files.readAllBytes(files.pdf(EditionFiles.key(pdf)))).isEqualTo(pdf);

    var pages = repository.findPages(edition.id());
    assertThat(pages).extracting(EditionPage::number).containsExactly(1, 2, 3);
    for (EditionPage page : pages) {
      var image = ImageIO.read(files.page(page.imageFile()).toFile());
      assertThat(image.getWidth()).isEqualTo(1600).isEqualTo(page.imageWidth());
      assertThat(image.getHeight()).isEqualTo(page.imageHeight()).isGreaterThan(2200);
      var thumb = ImageIO.read(files.page(page.thumbFile()).toFile());
      assertThat(thumb.getWidth()).isEqualTo(300).isEqualTo(page.thumbWidth());
      assertThat(page.imageUrl()).isEqualTo("/media/epaper/" + page.imageFile());
    }
    assertThat(repository.findPageTexts(edition.id()))
        .extracting(EditionPageText::text)
        .containsExactly(
            "Halaman 1\nAtletik Jadi Lumbung Medali",
            "Halaman 2\nAtletik Jadi Lumbung Medali",
            "Halaman 3\nAtletik Jadi Lumbung Medali");
    assertThat(ready).containsExactly(new EditionReady(edition.id(), date));
    assertThat(visibleWhenAnnounced).containsExactly(true);
  }

  @Test
  void aFailedProcessingShowsNothingAndCanBeRetried() throws Exception {
    LocalDate date = TestPdfs.uniqueDate();
    Path pageDir = storage.mediaDir().resolve("epaper");
    Path aside = storage.mediaDir().resolve("epaper-aside");
    Files.createDirectories(pageDir);
    Files.move(pageDir, aside);
    EditionProgress failed;
    try {
      // The page images cannot be written: where their folder should be, there is a file.
      Files.writeString(pageDir, "bukan folder");
      var queued =
          service.upload(
              EditionUpload.withoutFocus(TestPdfs.pages(2, "gagal"), date, "Media Indonesia"));
      failed = service.awaitProcessing(queued.editionId(), WAIT);
    } finally {
      Files.deleteIfExists(pageDir);
      Files.move(aside, pageDir);
    }
    assertThat(failed.status()).isEqualTo(EditionStatus.FAILED);
    assertThat(failed.error())
        .isEqualTo(
            "Halaman 1 tidak dapat diproses: gambar halaman tidak dapat disimpan. Periksa ruang"
                + " penyimpanan server, lalu ulangi.");
    assertThat(failed.label()).isEqualTo("Gagal diproses: " + failed.error());
    assertThat(repository.findReadyByDate(date)).isEmpty();
    assertThat(mvc.perform(get("/epaper/" + date)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(repository.findRecentProgress(1000))
        .extracting(EditionProgress::editionId)
        .contains(failed.editionId());

    var retried = service.retry(failed.editionId());
    assertThat(retried.status()).isIn(EditionStatus.PROCESSING, EditionStatus.READY);
    var done = service.awaitProcessing(failed.editionId(), WAIT);
    assertThat(done.status()).isEqualTo(EditionStatus.READY);
    assertThat(done.error()).isEmpty();
    assertThat(repository.findPages(failed.editionId())).hasSize(2);
    assertThat(repository.findReadyByDate(date)).isPresent();

    assertThatThrownBy(() -> service.retry(failed.editionId()))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage("Edisi ini sudah siap; tidak ada yang perlu diulang.");
    assertThatThrownBy(() -> service.retry(-1))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage("Edisi tidak ditemukan.");
  }

  @Test
  void anInterruptedProcessingStaysHiddenAndResumesAtTheNextStart() throws IOException {
    LocalDate date = TestPdfs.uniqueDate();
    byte[] pdf = TestPdfs.pages(4, "dilanjutkan");
    String key = EditionFiles.key(pdf);
    // What a stop after page 2 leaves behind: the stored PDF, the row, two pages done.
    files.storePdf(key, pdf);
    long id =
        repository.insert(
            EditionUpload.withoutFocus(pdf, date, "Media Indonesia"),
            4,
            key,
            pdf.length,
            java.time.Instant.now());
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var pdfRenderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
      for (int n = 1; n <= 2; n++) {
        var rendered = renderer.render(document, pdfRenderer, key, n);
        repository.savePage(
            id, rendered.page(), rendered.text(), java.time.Instant.ofEpochMilli(n));
      }
    }
    assertThat(repository.findReadyByDate(date)).isEmpty();
    assertThat(service.progress(id).label()).isEqualTo("Diproses: 2 dari 4 halaman selesai");

    // A stop (the thread interrupted) during processing leaves it PROCESSING, not FAILED.
    Thread.currentThread().interrupt();
    try {
      assertThat(processor.process(id)).isEqualTo(EditionStatus.PROCESSING);
    } finally {
      Thread.interrupted();
    }
    assertThat(service.progress(id).status()).isEqualTo(EditionStatus.PROCESSING);

    // What the site does when it has started.
    resumer.resume();
    var done = service.awaitProcessing(id, WAIT);
    assertThat(done.status()).isEqualTo(EditionStatus.READY);
    assertThat(repository.findPages(id))
        .extracting(EditionPage::number)
        .containsExactly(1, 2, 3, 4);
    // Pages 1 and 2 were not rendered again.
    assertThat(
            jdbc.sql(
                    "SELECT rendered_at FROM edition_page WHERE edition_id = :id ORDER BY"
                        + " page_number")
                .param("id", id)
                .query(Long.class)
                .list())
        .startsWith(1L, 2L)
        .allSatisfy(t -> assertThat(t).isPositive());
  }

  private void listen(java.util.function.Consumer<EditionReady> consumer) {
    // A payload listener's type is known only by erasure: it hears every payload event, so it
    // takes the EditionReady ones itself (a cast in the listener threw for every other payload).
    var listener =
        TransactionalApplicationListener.<Object>forPayload(
            TransactionPhase.AFTER_COMMIT,
            payload -> {
              if (payload instanceof EditionReady ready) {
                consumer.accept(ready);
              }
            });
    listeners.add(listener);
    context.addApplicationListener(listener);
  }

  private void assertRefused(byte[] pdf, String message) {
    assertRefused(
        EditionUpload.withoutFocus(pdf, TestPdfs.uniqueDate(), "Media Indonesia"), message);
  }

  private void assertRefused(EditionUpload upload, String message) {
    long rowsBefore = rows();
    assertThatThrownBy(() -> service.upload(upload))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage(message);
    assertThat(rows()).isEqualTo(rowsBefore);
    if (upload.editionDate() != null) {
      assertThat(repository.existsByDate(upload.editionDate())).isFalse();
    }
    if (upload.pdf() != null && upload.pdf().length > 0) {
      assertThat(Files.exists(files.pdf(EditionFiles.key(upload.pdf())))).isFalse();
    }
    assertThat(leftovers()).isEmpty();
  }

  private long rows() {
    return jdbc.sql("SELECT COUNT(*) FROM edition").query(Long.class).single();
  }

  private List<Path> leftovers() {
    Path dir = storage.privateMediaDir().resolve("epaper");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().startsWith(".upload-")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String month(LocalDate date) {
    return date.getMonth()
        .getDisplayName(
            java.time.format.TextStyle.FULL, id.warta.platform.IndonesianDates.INDONESIAN);
  }
}
