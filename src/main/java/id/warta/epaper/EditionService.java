package id.warta.epaper;

import id.warta.platform.Changes;
import id.warta.platform.IndonesianDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsroom's e-paper API: upload an edition, follow its processing, retry a failed one.
 *
 * <p>An upload is checked completely before anything is stored; a refused upload throws {@link
 * InvalidEditionException} with a message for the editor and leaves neither a row nor a file. An
 * accepted one is stored as PROCESSING and rendered in the background after the commit.
 */
@Service
public class EditionService {
  static final int TITLE_MAX = 120;
  static final int FOCUS_TITLE_MAX = 300;
  static final int FOCUS_TEASER_MAX = 1000;

  private final EditionRepository repository;
  private final PdfInspector inspector;
  private final EditionFiles files;
  private final EditionProcessor processor;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Changes changes;

  EditionService(
      EditionRepository repository,
      PdfInspector inspector,
      EditionFiles files,
      EditionProcessor processor,
      ApplicationEventPublisher events,
      TransactionTemplate tx,
      Clock clock,
      Changes changes) {
    this.repository = repository;
    this.inspector = inspector;
    this.files = files;
    this.processor = processor;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
    this.changes = changes;
  }

  /**
   * Stores an edition and queues its processing.
   *
   * @throws InvalidEditionException when the upload is refused; nothing is stored then
   */
  public EditionProgress upload(EditionUpload upload) {
    return upload(upload, stored -> {});
  }

  /**
   * Stores an edition; {@code inTransaction} runs in the short transaction that records it (an
   * audit entry). Checking the PDF and writing its file come before that transaction, so other
   * writers do not wait for them: call this outside a transaction.
   */
  public EditionProgress upload(EditionUpload upload, Consumer<EditionProgress> inTransaction) {
    return store(upload, null, inTransaction);
  }

  /**
   * Replaces the edition of the upload's date (whatever its state, unless it is being processed) by
   * the upload, in one transaction: the old edition's row and pages go, the new one is queued for
   * processing, and the e-paper is purged from every cache. Readers find no edition for that date
   * until the new one is ready. The old PDF and page images are deleted after the commit, unless
   * another edition uses the same PDF. With no edition on that date, it is an upload.
   *
   * @param inTransaction runs in that transaction with the old edition (or null) and the new one
   * @throws InvalidEditionException when the upload is refused or the old edition is being
   *     processed; nothing changes then
   */
  public EditionProgress replace(
      EditionUpload upload, BiConsumer<EditionProgress, EditionProgress> inTransaction) {
    return store(upload, inTransaction, null);
  }

  private EditionProgress store(
      EditionUpload upload,
      BiConsumer<EditionProgress, EditionProgress> replacing,
      Consumer<EditionProgress> inTransaction) {
    EditionUpload clean = checkFields(upload);
    int pages = inspector.pageCount(clean.pdf());
    checkFocusRange(clean, pages);
    if (replacing == null && repository.existsByDate(clean.editionDate())) {
      throw duplicate(clean.editionDate());
    }
    String key = EditionFiles.key(clean.pdf());
    boolean created = files.storePdf(key, clean.pdf());
    try {
      return tx.execute(
          status -> {
            EditionProgress old = replacing == null ? null : deleteForReplace(clean.editionDate());
            EditionProgress stored = progress(insert(clean, pages, key, created));
            if (replacing != null) {
              replacing.accept(old, stored);
              return stored;
            }
            inTransaction.accept(stored);
            return stored;
          });
    } catch (RuntimeException e) {
      // Inside a caller's transaction the synchronization registered by insert() cleans up.
      if (created
          && !TransactionSynchronizationManager.isActualTransactionActive()
          && !repository.isPdfKeyUsed(key)) {
        files.deletePdf(key);
      }
      throw e;
    }
  }

  private long insert(EditionUpload upload, int pages, String key, boolean created) {
    if (created) {
      // An enclosing transaction (the demo loader's) may still roll back after we return.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status == STATUS_ROLLED_BACK && !repository.isPdfKeyUsed(key)) {
                files.deletePdf(key);
              }
            }
          });
    }
    long id;
    try {
      id = repository.insert(upload, pages, key, upload.pdf().length, clock.instant());
    } catch (DataIntegrityViolationException e) {
      // The one constraint an insert can break is the unique date: another upload just won.
      throw duplicate(upload.editionDate());
    }
    events.publishEvent(new EditionQueued(id));
    return id;
  }

  /** In a replacing transaction: deletes the edition of that date, if any, and its files after. */
  private EditionProgress deleteForReplace(LocalDate date) {
    Long id = repository.findIdByDate(date).orElse(null);
    if (id == null) {
      return null;
    }
    EditionProgress old = progress(id);
    String oldKey = repository.findPdfKey(id).orElse(null);
    if (!repository.deleteUnlessProcessing(id)) {
      throw new InvalidEditionException(
          "Edisi tanggal ini sedang diproses; ganti setelah pemrosesannya selesai atau gagal.");
    }
    changes.record(Edition.KEY);
    if (oldKey != null) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              if (!repository.isPdfKeyUsed(oldKey)) {
                files.deletePages(oldKey);
                files.deletePdf(oldKey);
              }
            }
          });
    }
    return old;
  }

  /**
   * Deletes an edition (to replace it, the editor uploads the new one after): its row and pages in
   * one transaction that purges the e-paper pages from every cache; its PDF and page images after
   * the commit, unless another edition was made from the same PDF. An edition being processed
   * cannot be deleted until it is ready or has failed.
   *
   * @param inTransaction runs in the deleting transaction (an audit entry)
   * @throws InvalidEditionException when there is no such edition, or it is being processed
   */
  public EditionProgress delete(long editionId, Consumer<EditionProgress> inTransaction) {
    return tx.execute(
        status -> {
          EditionProgress edition =
              repository
                  .findProgress(editionId)
                  .orElseThrow(() -> new InvalidEditionException("Edisi tidak ditemukan."));
          String key = repository.findPdfKey(editionId).orElse(null);
          if (!repository.deleteUnlessProcessing(editionId)) {
            throw new InvalidEditionException(
                "Edisi ini sedang diproses; hapus setelah pemrosesannya selesai atau gagal.");
          }
          changes.record(Edition.KEY);
          inTransaction.accept(edition);
          if (key != null) {
            TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                  @Override
                  public void afterCommit() {
                    if (!repository.isPdfKeyUsed(key)) {
                      files.deletePages(key);
                      files.deletePdf(key);
                    }
                  }
                });
          }
          return edition;
        });
  }

  /**
   * Processes a failed edition again, from the first page not yet rendered.
   *
   * @throws InvalidEditionException when the edition does not exist or has not failed
   */
  public EditionProgress retry(long editionId) {
    boolean retried =
        Boolean.TRUE.equals(
            tx.execute(
                status -> {
                  if (!repository.markRetry(editionId, clock.instant())) {
                    return false;
                  }
                  events.publishEvent(new EditionQueued(editionId));
                  return true;
                }));
    if (!retried) {
      var current = repository.findProgress(editionId);
      if (current.isEmpty()) {
        throw new InvalidEditionException("Edisi tidak ditemukan.");
      }
      if (current.get().status() == EditionStatus.PROCESSING) {
        processor.submit(editionId);
        return current.get();
      }
      throw new InvalidEditionException("Edisi ini sudah siap; tidak ada yang perlu diulang.");
    }
    return progress(editionId);
  }

  /** Where an edition's processing stands. */
  public EditionProgress progress(long editionId) {
    return repository
        .findProgress(editionId)
        .orElseThrow(() -> new InvalidEditionException("Edisi tidak ditemukan."));
  }

  /** The stored PDF of a ready edition, for readers to download; empty when not ready. */
  public Optional<Path> readyPdf(long editionId) {
    return repository
        .findById(editionId)
        .filter(e -> e.status() == EditionStatus.READY)
        .flatMap(e -> repository.findPdfKey(editionId))
        .map(files::pdf)
        .filter(Files::isRegularFile);
  }

  /** The newest editions in every state, for the newsroom's list. */
  public List<EditionProgress> recent(int limit) {
    return repository.findRecentProgress(limit);
  }

  /**
   * Waits until the edition's queued processing ends (or the timeout passes) and tells where it
   * stands then. For the command line and tests; screens poll {@link #progress(long)} instead.
   */
  public EditionProgress awaitProcessing(long editionId, Duration timeout) {
    var running = processor.running(editionId);
    if (running != null) {
      try {
        running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // The state in the database tells the caller what happened.
      }
    }
    return progress(editionId);
  }

  private static EditionUpload checkFields(EditionUpload upload) {
    if (upload == null || upload.editionDate() == null) {
      throw new InvalidEditionException("Tanggal edisi wajib diisi.");
    }
    if (upload.editionDate().getYear() < 1900 || upload.editionDate().getYear() > 9999) {
      throw new InvalidEditionException("Tanggal edisi tidak valid.");
    }
    String title = strip(upload.title());
    if (title.isEmpty()) {
      throw new InvalidEditionException("Judul edisi wajib diisi, misalnya \"Media Indonesia\".");
    }
    if (title.length() > TITLE_MAX) {
      throw new InvalidEditionException(
          "Judul edisi terlalu panjang (paling banyak " + TITLE_MAX + " karakter).");
    }
    String focusTitle = strip(upload.focusTitle());
    String focusTeaser = strip(upload.focusTeaser());
    if (focusTitle.length() > FOCUS_TITLE_MAX) {
      throw new InvalidEditionException(
          "Judul Fokus terlalu panjang (paling banyak " + FOCUS_TITLE_MAX + " karakter).");
    }
    if (focusTeaser.length() > FOCUS_TEASER_MAX) {
      throw new InvalidEditionException(
          "Teaser Fokus terlalu panjang (paling banyak " + FOCUS_TEASER_MAX + " karakter).");
    }
    Integer first = upload.focusFirstPage();
    Integer last = upload.focusLastPage();
    if ((first == null) != (last == null)) {
      throw new InvalidEditionException(
          "Isi halaman awal dan halaman akhir Fokus, atau kosongkan keduanya.");
    }
    if (first == null && !focusTitle.isEmpty()) {
      throw new InvalidEditionException("Halaman Fokus wajib diisi bila judul Fokus diisi.");
    }
    if (first != null && focusTitle.isEmpty()) {
      throw new InvalidEditionException("Judul Fokus wajib diisi bila halaman Fokus diisi.");
    }
    if (focusTitle.isEmpty() && !focusTeaser.isEmpty()) {
      throw new InvalidEditionException("Judul Fokus wajib diisi bila teaser Fokus diisi.");
    }
    if (first != null && (first < 1 || last < first)) {
      throw new InvalidEditionException(
          "Rentang halaman Fokus tidak valid: halaman awal paling kecil 1 dan tidak boleh melewati"
              + " halaman akhir.");
    }
    return new EditionUpload(
        upload.pdf(), upload.editionDate(), title, focusTitle, focusTeaser, first, last);
  }

  private static void checkFocusRange(EditionUpload upload, int pages) {
    if (upload.focusLastPage() != null && upload.focusLastPage() > pages) {
      throw new InvalidEditionException(
          "Halaman Fokus "
              + upload.focusFirstPage()
              + "–"
              + upload.focusLastPage()
              + " di luar PDF, yang hanya berisi "
              + pages
              + " halaman.");
    }
  }

  private static InvalidEditionException duplicate(LocalDate date) {
    return new InvalidEditionException(
        "Edisi tanggal " + IndonesianDates.forZone(ZoneOffset.UTC).shortDay(date) + " sudah ada.");
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
