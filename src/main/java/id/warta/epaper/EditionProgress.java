package id.warta.epaper;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an edition's processing stands, for the editor's screens.
 *
 * @param pagesDone pages rendered so far
 * @param error why processing failed, in Indonesian; empty unless FAILED
 */
public record EditionProgress(
    long editionId,
    LocalDate editionDate,
    String title,
    EditionStatus status,
    int pagesDone,
    int pageCount,
    String error,
    Instant updatedAt) {

  /** 0 to 100. */
  public int percent() {
    return pageCount == 0 ? 0 : Math.min(100, pagesDone * 100 / pageCount);
  }

  public boolean isReady() {
    return status == EditionStatus.READY;
  }

  public boolean isFailed() {
    return status == EditionStatus.FAILED;
  }

  /** "Memproses halaman 3 dari 8", "Siap dibaca", "Gagal: ...". */
  public String label() {
    return switch (status) {
      case READY -> "Siap dibaca (" + pageCount + " halaman)";
      case FAILED -> "Gagal diproses: " + error;
      case PROCESSING -> "Diproses: " + pagesDone + " dari " + pageCount + " halaman selesai";
    };
  }
}
