package id.warta.channel;

/**
 * The outcome of fetching one channel's feed once.
 *
 * @param stored items written from this fetch (new or updated)
 * @param skipped items of the feed left out (no usable link or title, duplicates)
 * @param kept items the channel shows after this fetch
 * @param error the admin's message (Indonesian) when the fetch failed, else null
 */
public record RefreshResult(
    long channelId,
    String slug,
    String name,
    Outcome outcome,
    int stored,
    int skipped,
    long kept,
    String error) {

  public enum Outcome {
    UPDATED,
    NOT_MODIFIED,
    FAILED,
    /** Another fetch of the same channel was running; nothing was done. */
    BUSY
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  /** One line for the admin, in Indonesian. */
  public String summary() {
    return switch (outcome) {
      case UPDATED ->
          "Berhasil: "
              + stored
              + " berita dibaca"
              + (skipped > 0 ? ", " + skipped + " dilewati" : "")
              + "; "
              + kept
              + " berita tampil.";
      case NOT_MODIFIED -> "Tidak ada yang baru (304); " + kept + " berita tampil.";
      case FAILED -> "Gagal: " + error + " " + kept + " berita terakhir tetap tampil.";
      case BUSY -> "Umpan ini sedang diambil; coba lagi sebentar lagi.";
    };
  }
}
