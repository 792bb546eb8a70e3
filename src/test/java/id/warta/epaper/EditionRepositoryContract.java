package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.EmptyDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/**
 * What the e-paper relies on from its tables; runs on SQLite ({@code EditionRepositoryTest}) and
 * PostgreSQL ({@code EditionRepositoryIT}) with the same migrations. The class starts on an empty
 * database and each test works in a year of its own, so months and dates never meet another test's.
 */
@ExtendWith(EmptyDatabase.class)
abstract class EditionRepositoryContract {
  private static final AtomicInteger YEARS = new AtomicInteger(2000);
  private static final Instant NOW = Instant.parse("2021-06-23T05:15:00.123Z");

  @Autowired EditionRepository repository;

  private final int year = YEARS.incrementAndGet();

  private LocalDate day(int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private long edition(LocalDate date, int pages, EditionStatus status) {
    long id =
        repository.insert(
            new EditionUpload(
                new byte[] {1, 2, 3},
                date,
                "Media Indonesia",
                "Atletik Jadi Lumbung Medali",
                "SALAH satu cabang olahraga.",
                1,
                pages),
            pages,
            "kunci-" + date,
            3,
            NOW);
    if (status == EditionStatus.READY) {
      for (int n = 1; n <= pages; n++) {
        repository.savePage(id, page(date, n), "Teks halaman " + n, NOW);
      }
      assertThat(repository.markReady(id, NOW)).isTrue();
    } else if (status == EditionStatus.FAILED) {
      repository.markFailed(id, "Halaman 1 tidak dapat diproses", NOW);
    }
    return id;
  }

  private static EditionPage page(LocalDate date, int n) {
    return new EditionPage(
        n, date + "-p" + n + "-1600.jpg", 1600, 2263, date + "-p" + n + "-300.jpg", 300, 424);
  }

  @Test
  void storesAnEditionWithItsFokusStoryAsProcessing() {
    long id = edition(day(6, 23), 8, EditionStatus.PROCESSING);
    Edition edition = repository.findById(id).orElseThrow();
    assertThat(edition.editionDate()).isEqualTo(day(6, 23));
    assertThat(edition.title()).isEqualTo("Media Indonesia");
    assertThat(edition.status()).isEqualTo(EditionStatus.PROCESSING);
    assertThat(edition.pageCount()).isEqualTo(8);
    assertThat(edition.focusTitle()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(edition.focusTeaser()).isEqualTo("SALAH satu cabang olahraga.");
    assertThat(edition.focusFirstPage()).isEqualTo(1);
    assertThat(edition.focusLastPage()).isEqualTo(8);
    assertThat(repository.existsByDate(day(6, 23))).isTrue();
    assertThat(repository.existsByDate(day(6, 24))).isFalse();
    assertThat(repository.findPdfKey(id)).contains("kunci-" + day(6, 23));
    assertThat(repository.isPdfKeyUsed("kunci-" + day(6, 23))).isTrue();
    assertThat(repository.findIdsByStatus(EditionStatus.PROCESSING)).contains(id);
  }

  @Test
  void anEditionWithoutFokusKeepsItsPagesEmpty() {
    long id =
        repository.insert(
            EditionUpload.withoutFocus(new byte[] {1}, day(1, 2), "Media Indonesia"),
            2,
            "k",
            1,
            NOW);
    Edition edition = repository.findById(id).orElseThrow();
    assertThat(edition.focusFirstPage()).isNull();
    assertThat(edition.focusLastPage()).isNull();
    assertThat(edition.focusPageCount()).isZero();
    assertThat(edition.hasFocus()).isFalse();
  }

  @Test
  void turnsReadyOnlyWhenEveryPageHasItsRow() {
    LocalDate date = day(3, 1);
    long id = edition(date, 3, EditionStatus.PROCESSING);
    repository.savePage(id, page(date, 1), "satu", NOW);
    repository.savePage(id, page(date, 2), "dua", NOW);
    assertThat(repository.markReady(id, NOW)).isFalse();
    assertThat(repository.findProgress(id).orElseThrow().pagesDone()).isEqualTo(2);
    assertThat(repository.findReadyByDate(date)).isEmpty();

    repository.savePage(id, page(date, 3), "tiga", NOW);
    assertThat(repository.markReady(id, NOW)).isTrue();
    assertThat(repository.findReadyByDate(date)).map(Edition::id).contains(id);
    assertThat(repository.markReady(id, NOW)).isFalse();
  }

  @Test
  void countsStartsSinceTheLastFinishedPageOrRetry() {
    LocalDate date = day(5, 1);
    long id = edition(date, 2, EditionStatus.PROCESSING);
    assertThat(repository.startAttempt(id)).isEqualTo(1);
    assertThat(repository.startAttempt(id)).isEqualTo(2);
    repository.savePage(id, page(date, 1), "satu", NOW);
    assertThat(repository.startAttempt(id)).isEqualTo(1);
    assertThat(repository.startAttempt(id)).isEqualTo(2);
    repository.markFailed(id, "Pemrosesan terhenti", NOW);
    assertThat(repository.markRetry(id, NOW)).isTrue();
    assertThat(repository.startAttempt(id)).isEqualTo(1);
  }

  @Test
  void failsAndRetriesOnlyFromTheRightState() {
    long id = edition(day(4, 1), 2, EditionStatus.PROCESSING);
    assertThat(repository.markRetry(id, NOW)).isFalse();
    repository.markFailed(id, "Halaman 1 tidak dapat diproses: IOException", NOW);
    var failed = repository.findProgress(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(EditionStatus.FAILED);
    assertThat(failed.error()).isEqualTo("Halaman 1 tidak dapat diproses: IOException");
    assertThat(failed.updatedAt()).isEqualTo(NOW);

    assertThat(repository.markRetry(id, NOW.plusSeconds(1))).isTrue();
    var retried = repository.findProgress(id).orElseThrow();
    assertThat(retried.status()).isEqualTo(EditionStatus.PROCESSING);
    assertThat(retried.error()).isEmpty();
    assertThat(retried.updatedAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void readersSeeReadyEditionsOnlyNewestFirstAndByMonth() {
    long may = edition(day(5, 20), 2, EditionStatus.READY);
    long june1 = edition(day(6, 1), 2, EditionStatus.READY);
    long june2 = edition(day(6, 2), 3, EditionStatus.READY);
    edition(day(6, 3), 2, EditionStatus.PROCESSING);
    edition(day(6, 4), 2, EditionStatus.FAILED);

    YearMonth june = YearMonth.of(year, 6);
    assertThat(repository.countReady(june)).isEqualTo(2);
    assertThat(repository.findReady(june, 0, 10))
        .extracting(c -> c.edition().id())
        .containsExactly(june2, june1);
    assertThat(repository.findReady(june, 1, 10))
        .extracting(c -> c.edition().id())
        .containsExactly(june1);
    var cover = repository.findReady(june, 0, 1).getFirst().cover();
    assertThat(cover).isEqualTo(page(day(6, 2), 1));
    assertThat(repository.findReady(YearMonth.of(year, 5), 0, 10))
        .extracting(c -> c.edition().id())
        .containsExactly(may);
    assertThat(repository.findReadyMonths())
        .containsSubsequence(june, YearMonth.of(year, 5))
        .doesNotHaveDuplicates();
    assertThat(repository.findReadyByDate(day(6, 3))).isEmpty();
    assertThat(repository.findReadyByDate(day(6, 4))).isEmpty();
    assertThat(repository.countReady(null)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void keepsPagesInOrderWithTheirTextAndReplacesARenderedPage() {
    LocalDate date = day(7, 1);
    long id = edition(date, 2, EditionStatus.PROCESSING);
    repository.savePage(id, page(date, 2), "Halaman dua", NOW);
    repository.savePage(id, page(date, 1), "Atletik “Jadi” Lumbung Medali — 100%", NOW);
    var redone = new EditionPage(2, "baru-p2.jpg", 1600, 2000, "baru-p2-t.jpg", 300, 375);
    repository.savePage(id, redone, "Halaman dua, ulang", NOW);

    assertThat(repository.findPages(id)).containsExactly(page(date, 1), redone);
    assertThat(repository.findPage(id, 2)).contains(redone);
    assertThat(repository.findPage(id, 3)).isEmpty();
    assertThat(repository.findPageNumbers(id)).containsExactly(1, 2);
    assertThat(repository.findPageTexts(id))
        .containsExactly(
            new EditionPageText(1, "Atletik “Jadi” Lumbung Medali — 100%"),
            new EditionPageText(2, "Halaman dua, ulang"));
    assertThat(repository.findPageText(id, 1)).contains("Atletik “Jadi” Lumbung Medali — 100%");
  }

  @Test
  void refusesASecondEditionForTheSameDate() {
    edition(day(8, 17), 1, EditionStatus.PROCESSING);
    assertThatThrownBy(() -> edition(day(8, 17), 1, EditionStatus.PROCESSING))
        .isInstanceOf(DuplicateKeyException.class);
  }
}
