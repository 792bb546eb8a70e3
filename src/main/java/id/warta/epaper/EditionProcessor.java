package id.warta.epaper;

import id.warta.platform.Changes;
import id.warta.platform.JobClaims;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders editions on one background thread, never on a request's. Each page's images are written
 * before its row, and the edition turns READY only once every page has its row, so a failure or a
 * stop half-way shows readers nothing. A stopped run leaves the edition PROCESSING and resumes at
 * the next start from the first page without a row; a failed one is FAILED, with the reason for the
 * editor, until it is retried.
 *
 * <p>Every failure ends FAILED and is logged, errors too ({@link OutOfMemoryError} and {@link
 * StackOverflowError} are not exceptions). A PDF that takes the whole process down cannot be
 * caught; it is recognised by its starts: after {@value #MAX_ATTEMPTS} starts without a page
 * finished, the edition is FAILED instead of being resumed at every start forever.
 */
@Component
class EditionProcessor implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EditionProcessor.class);

  private final EditionRepository repository;
  private final EditionFiles files;
  private final PageRenderer renderer;
  private final ApplicationEventPublisher events;
  private final Changes changes;
  private final JobClaims claims;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ExecutorService executor;
  private final Map<Long, CompletableFuture<EditionStatus>> running = new ConcurrentHashMap<>();

  /** Starts without a finished page after which an edition is given up as FAILED. */
  static final int MAX_ATTEMPTS = 3;

  EditionProcessor(
      EditionRepository repository,
      EditionFiles files,
      PageRenderer renderer,
      ApplicationEventPublisher events,
      Changes changes,
      JobClaims claims,
      TransactionTemplate tx,
      Clock clock) {
    this.changes = changes;
    this.claims = claims;
    this.repository = repository;
    this.files = files;
    this.renderer = renderer;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread thread = new Thread(r, "epaper-processor");
              thread.setDaemon(true);
              thread.setPriority(Thread.NORM_PRIORITY - 1);
              return thread;
            });
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void onQueued(EditionQueued event) {
    submit(event.editionId());
  }

  /** Queues an edition unless it is already queued; the future completes with its status. */
  CompletableFuture<EditionStatus> submit(long editionId) {
    return running.compute(
        editionId,
        (id, existing) -> {
          if (existing != null && !existing.isDone()) {
            return existing;
          }
          CompletableFuture<EditionStatus> future = new CompletableFuture<>();
          executor.execute(
              () -> {
                try {
                  future.complete(process(id));
                } catch (Throwable t) {
                  // process() ends every failure of the PDF as FAILED; this is the database or
                  // worse. Said in the log, and FAILED if the database still answers.
                  log.error("Processing of edition {} ended with an error", id, t);
                  failQuietly(
                      id,
                      "Pemrosesan terhenti karena kesalahan server ("
                          + t.getClass().getSimpleName()
                          + "). Ulangi sebentar lagi; bila gagal lagi, hubungi admin.");
                  future.completeExceptionally(t);
                }
              });
          future.whenComplete((status, error) -> running.remove(id, future));
          return future;
        });
  }

  /** The queued or running processing of an edition, or null. */
  CompletableFuture<EditionStatus> running(long editionId) {
    return running.get(editionId);
  }

  /**
   * Queues every edition a stop left PROCESSING (and that is not queued already, nor being
   * processed by another node).
   */
  int resumeInterrupted() {
    int resumed = 0;
    for (long id : repository.findIdsByStatus(EditionStatus.PROCESSING)) {
      if (running.get(id) == null && !claims.heldElsewhere(job(id))) {
        submit(id);
        resumed++;
      }
    }
    if (resumed > 0) {
      log.info("Resuming the processing of {} edition(s) a stop interrupted", resumed);
    }
    return resumed;
  }

  /**
   * Processes the edition on this node, once across nodes: under its claim, renewed at every page.
   * While another node holds it this returns PROCESSING at once; a claim left by a node that died
   * expires, and the next resume (here or on another node) finishes the edition.
   */
  EditionStatus process(long editionId) {
    String job = job(editionId);
    if (!claims.claim(job)) {
      return EditionStatus.PROCESSING;
    }
    try {
      return processClaimed(editionId, job);
    } finally {
      claims.release(job);
    }
  }

  static String job(long editionId) {
    return "edition:" + editionId;
  }

  private EditionStatus processClaimed(long editionId, String job) {
    Edition edition = repository.findById(editionId).orElse(null);
    if (edition == null || edition.status() != EditionStatus.PROCESSING) {
      return edition == null ? null : edition.status();
    }
    String key = repository.findPdfKey(editionId).orElseThrow();
    Path pdf = files.pdf(key);
    if (!Files.isRegularFile(pdf)) {
      return fail(
          edition,
          "Berkas PDF edisi ini tidak ditemukan di penyimpanan; unggah ulang atau pulihkan"
              + " berkasnya lalu ulangi.");
    }
    Set<Integer> done = new HashSet<>(repository.findPageNumbers(editionId));
    int attempt = repository.startAttempt(editionId);
    if (attempt > MAX_ATTEMPTS) {
      int next = 1;
      while (done.contains(next)) {
        next++;
      }
      log.error(
          "Edition {} started processing {} times without finishing page {}; marked FAILED",
          edition.editionDate(),
          attempt - 1,
          next);
      return fail(
          edition,
          "Pemrosesan terhenti "
              + (attempt - 1)
              + " kali berturut-turut di halaman "
              + next
              + " tanpa selesai (server berhenti atau kehabisan memori). Periksa halaman itu di"
              + " PDF, lalu ulangi atau unggah ulang.");
    }
    int current = 0;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      if (document.getNumberOfPages() != edition.pageCount()) {
        return fail(edition, "Jumlah halaman PDF tidak sama dengan saat diunggah.");
      }
      var pdfRenderer = new PDFRenderer(document);
      for (int number = 1; number <= edition.pageCount(); number++) {
        if (Thread.currentThread().isInterrupted()) {
          log.info(
              "Processing of edition {} stopped at page {}; it resumes at the next start",
              edition.editionDate(),
              number);
          return EditionStatus.PROCESSING;
        }
        if (done.contains(number)) {
          continue;
        }
        if (!claims.claim(job)) {
          log.warn(
              "Edition {}: another node took over its processing at page {}",
              edition.editionDate(),
              number);
          return EditionStatus.PROCESSING;
        }
        current = number;
        var rendered = renderer.render(document, pdfRenderer, key, number);
        repository.savePage(editionId, rendered.page(), rendered.text(), clock.instant());
      }
    } catch (Throwable e) {
      // Errors too: an OutOfMemoryError let through would leave the edition PROCESSING forever.
      if (Thread.currentThread().isInterrupted() && !(e instanceof Error)) {
        log.info(
            "Processing of edition {} interrupted; it resumes at the next start",
            edition.editionDate());
        return EditionStatus.PROCESSING;
      }
      if (e instanceof PageRefusedException) {
        log.warn("Edition {}: {}", edition.editionDate(), e.getMessage());
      } else {
        log.error("Processing of edition {} failed at page {}", edition.editionDate(), current, e);
      }
      return fail(edition, reason(current, e));
    }
    Boolean ready =
        tx.execute(
            status -> {
              if (!repository.markReady(editionId, clock.instant())) {
                return false;
              }
              changes.record(Edition.KEY);
              events.publishEvent(new EditionReady(editionId, edition.editionDate()));
              return true;
            });
    if (Boolean.TRUE.equals(ready)) {
      log.info("Edition {} is ready ({} pages)", edition.editionDate(), edition.pageCount());
      return EditionStatus.READY;
    }
    return repository.findById(editionId).map(Edition::status).orElse(null);
  }

  /** Why processing failed, for the editor; the log has the details. */
  static String reason(int page, Throwable e) {
    if (e instanceof PageRefusedException) {
      return e.getMessage();
    }
    String where =
        page > 0 ? "Halaman " + page + " tidak dapat diproses: " : "PDF tidak dapat dibuka: ";
    if (e instanceof OutOfMemoryError) {
      return where
          + "memori server tidak cukup untuk halaman ini. Perkecil ukuran halaman atau resolusi"
          + " gambar di PDF, lalu unggah ulang.";
    }
    if (e instanceof UncheckedIOException) {
      // Only our own file writes throw it: the disk, not the PDF, is the problem.
      return where
          + "gambar halaman tidak dapat disimpan. Periksa ruang penyimpanan server, lalu ulangi.";
    }
    return where
        + "isi PDF tidak dapat dibaca ("
        + e.getClass().getSimpleName()
        + "). Periksa PDF-nya, lalu ulangi atau unggah ulang.";
  }

  private EditionStatus fail(Edition edition, String reason) {
    repository.markFailed(edition.id(), reason, clock.instant());
    return EditionStatus.FAILED;
  }

  private void failQuietly(long editionId, String reason) {
    try {
      repository.markFailed(editionId, reason, clock.instant());
    } catch (Throwable t) {
      log.error("Cannot mark edition {} FAILED; it resumes at the next start", editionId, t);
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdownNow();
    if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
      log.warn("The e-paper processor did not stop within 10 s");
    }
  }
}
