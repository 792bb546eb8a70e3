package id.warta.channel;

import java.time.Duration;
import java.time.Instant;

/**
 * What the admin sees about a channel's feed: when it was last fetched, whether that worked, and
 * the error (in Indonesian) when it did not. The stored items stay on the site while it fails.
 *
 * @param lastFetchedAt the last attempt, null before the first
 * @param lastSuccessAt the last fetch that worked (304 included), null before the first
 * @param lastError null when the last attempt worked
 * @param failureCount failed attempts in a row
 * @param itemCount items stored and shown
 */
public record ChannelStatus(
    PartnerChannel channel,
    Instant lastFetchedAt,
    Instant lastSuccessAt,
    String lastError,
    int failureCount,
    long itemCount) {

  public boolean failing() {
    return lastError != null;
  }

  /** When the scheduler will fetch the feed next (now or earlier: at the next tick). */
  public Instant nextFetchAt() {
    return lastFetchedAt == null
        ? Instant.EPOCH
        : lastFetchedAt.plus(Duration.ofMinutes(channel.refreshMinutes()));
  }

  public boolean dueAt(Instant now) {
    return channel.enabled() && !nextFetchAt().isAfter(now);
  }

  /** One line for the admin, in Indonesian. */
  public String summary() {
    if (!channel.enabled()) {
      return "Nonaktif; " + itemCount + " berita tersimpan.";
    }
    if (lastFetchedAt == null) {
      return "Belum pernah diambil; " + itemCount + " berita tersimpan.";
    }
    if (failing()) {
      return "Gagal "
          + failureCount
          + " kali berturut-turut: "
          + lastError
          + " "
          + itemCount
          + " berita terakhir tetap tampil.";
    }
    return "Berhasil; " + itemCount + " berita tersimpan.";
  }
}
