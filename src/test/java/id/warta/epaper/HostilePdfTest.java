package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.WartaTest;
import id.warta.platform.Changes;
import id.warta.platform.PixelBudget;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PDFs built to exhaust memory: refused at upload with the reason, and, when one was stored before
 * these checks existed, processed to FAILED with the reason instead of running out of memory and
 * staying PROCESSING through every restart.
 */
@WartaTest
class HostilePdfTest {
  /** Counts the PDFs {@link #stored} wrote, so each has bytes (and a key) of its own. */
  private static final AtomicInteger STORED = new AtomicInteger();

  static final Duration WAIT = Duration.ofSeconds(60);
  static final String NARROW =
      "Halaman 1 berbentuk tidak wajar (10 × 625 pt, sisi panjangnya 62,5 kali sisi pendeknya;"
          + " paling banyak 4 kali). Periksa ukuran halaman PDF-nya, lalu unggah ulang.";
  static final String HUGE_IMAGE =
      "Halaman 1 memuat gambar 16000 × 16000 piksel (256,0 megapiksel); paling besar 50,0"
          + " megapiksel per gambar. Perkecil resolusi gambar di PDF, lalu unggah ulang.";

  @Autowired EditionService service;
  @Autowired EditionRepository repository;
  @Autowired EditionFiles files;
  @Autowired ProcessingResumer resumer;
  @Autowired EpaperProperties properties;
  @Autowired PageLimits limits;
  @Autowired PixelBudget budget;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired Changes changes;
  @Autowired id.warta.platform.JobClaims claims;

  @Test
  void aPageThatWouldRenderToAHundredThousandPixelsIsRefusedAtUpload() {
    assertRefusedAtUpload(TestPdfs.narrowPage(), NARROW);
  }

  @Test
  void aSmallPdfHoldingAGiantImageIsRefusedAtUpload() {
    byte[] pdf = TestPdfs.hugeImage();
    assertThat(pdf.length).isLessThan(1_000_000);
    assertRefusedAtUpload(pdf, HUGE_IMAGE);
  }

  @Test
  void hostilePdfsStoredBeforeTheChecksEndFailedWithTheReasonAtTheNextStart() {
    long narrow = storedBeforeTheChecks(TestPdfs.narrowPage(), 1);
    long huge = storedBeforeTheChecks(TestPdfs.hugeImage(), 1);

    resumer.resume();

    var narrowDone = service.awaitProcessing(narrow, WAIT);
    assertThat(narrowDone.status()).isEqualTo(EditionStatus.FAILED);
    assertThat(narrowDone.label()).isEqualTo("Gagal diproses: " + NARROW);
    var hugeDone = service.awaitProcessing(huge, WAIT);
    assertThat(hugeDone.status()).isEqualTo(EditionStatus.FAILED);
    assertThat(hugeDone.error()).isEqualTo(HUGE_IMAGE);
    assertThat(repository.findPages(narrow)).isEmpty();
    assertThat(repository.findPages(huge)).isEmpty();
  }

  @Test
  void anErrorThrownWhileRenderingEndsFailedWithAReasonNotProcessing() throws Exception {
    long id = storedBeforeTheChecks(TestPdfs.pages(2, "galat"), 2);
    var renderer =
        new PageRenderer(properties, files, limits, budget) {
          @Override
          Rendered render(PDDocument document, PDFRenderer pdfRenderer, String key, int number) {
            throw new OutOfMemoryError("Java heap space");
          }
        };
    var processor =
        new EditionProcessor(
            repository, files, renderer, events, changes, claims, tx, Clock.systemUTC());
    try {
      // On the processor's own thread, as in production: the error must not vanish in the executor.
      assertThat(processor.submit(id).get(60, TimeUnit.SECONDS)).isEqualTo(EditionStatus.FAILED);
    } finally {
      processor.destroy();
    }
    var failed = service.progress(id);
    assertThat(failed.status()).isEqualTo(EditionStatus.FAILED);
    assertThat(failed.error())
        .isEqualTo(
            "Halaman 1 tidak dapat diproses: memori server tidak cukup untuk halaman ini."
                + " Perkecil ukuran halaman atau resolusi gambar di PDF, lalu unggah ulang.");
  }

  @Test
  void aPdfThatKeepsTakingTheProcessDownIsNotResumedForever() {
    long id = storedBeforeTheChecks(TestPdfs.pages(2, "racun"), 2);
    // What three starts that died on page 1 (killed, out of memory) leave: the count, no page.
    for (int start = 0; start < EditionProcessor.MAX_ATTEMPTS; start++) {
      repository.startAttempt(id);
    }

    resumer.resume();

    var failed = service.awaitProcessing(id, WAIT);
    assertThat(failed.status()).isEqualTo(EditionStatus.FAILED);
    assertThat(failed.error())
        .isEqualTo(
            "Pemrosesan terhenti 3 kali berturut-turut di halaman 1 tanpa selesai (server berhenti"
                + " atau kehabisan memori). Periksa halaman itu di PDF, lalu ulangi atau unggah"
                + " ulang.");
    // The editor's retry counts afresh (and this PDF is in fact fine).
    service.retry(id);
    assertThat(service.awaitProcessing(id, WAIT).status()).isEqualTo(EditionStatus.READY);
  }

  private void assertRefusedAtUpload(byte[] pdf, String message) {
    LocalDate date = TestPdfs.uniqueDate();
    assertThatThrownBy(
            () -> service.upload(EditionUpload.withoutFocus(pdf, date, "Media Indonesia")))
        .isInstanceOf(InvalidEditionException.class)
        .hasMessage(message);
    assertThat(repository.existsByDate(date)).isFalse();
    assertThat(Files.exists(files.pdf(EditionFiles.key(pdf)))).isFalse();
  }

  /** An edition as an upload before these checks left it: its PDF stored, its row PROCESSING. */
  private long storedBeforeTheChecks(byte[] original, int pages) {
    return stored(files, repository, original, pages);
  }

  /** An edition stored and left PROCESSING, as a stop leaves it, with no processing queued. */
  static long stored(EditionFiles files, EditionRepository repository, byte[] original, int pages) {
    // A comment after the end: the same PDF under a key of its own, apart from other tests' files.
    byte[] pdf =
        concat(
            original,
            ("\n% " + STORED.incrementAndGet() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    String key = EditionFiles.key(pdf);
    files.storePdf(key, pdf);
    return repository.insert(
        EditionUpload.withoutFocus(pdf, TestPdfs.uniqueDate(), "Media Indonesia"),
        pages,
        key,
        pdf.length,
        Instant.now());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
