package id.warta.article;

import java.time.Instant;

/**
 * The workflow's status rules: what a save may do to an article's status and publication time. Who
 * may ask for which change is the newsroom's business; whether the change makes sense for the
 * article as it is, and what it leads to, is decided here.
 */
public enum StatusChange {
  /** Keep the status (a new article starts as a draft). */
  NONE,
  /** A draft goes to the editors' review queue. */
  SUBMIT,
  /** The writer takes a submitted article back out of the queue. */
  PULL_BACK,
  /** Out now; an article withdrawn earlier keeps its first publication time. */
  PUBLISH,
  /** Out at a future time. */
  SCHEDULE,
  /** Off the site (published) or off the schedule. */
  WITHDRAW,
  /** Back from the queue to its writer, as a draft. */
  RETURN;

  /** The status and publication time an article ends up with. */
  public record Outcome(ArticleStatus status, Instant publishedAt) {}

  /**
   * What this change does to an article in status {@code from} (null for a new article).
   *
   * @throws IllegalArgumentException when the change does not apply, with the reason
   */
  public Outcome apply(ArticleStatus from, Instant publishedAt, Instant now, Instant scheduleAt) {
    return switch (this) {
      case NONE -> new Outcome(from == null ? ArticleStatus.DRAFT : from, publishedAt);
      case SUBMIT -> {
        require(
            from == null || from == ArticleStatus.DRAFT,
            "Hanya draf yang dapat diajukan ke editor.");
        yield new Outcome(ArticleStatus.IN_REVIEW, publishedAt);
      }
      case PULL_BACK -> {
        require(
            from == ArticleStatus.IN_REVIEW,
            "Hanya artikel dalam antrean yang dapat ditarik kembali.");
        yield new Outcome(ArticleStatus.DRAFT, publishedAt);
      }
      case PUBLISH -> {
        require(from != ArticleStatus.PUBLISHED, "Artikel ini sudah terbit.");
        yield new Outcome(
            ArticleStatus.PUBLISHED,
            from == ArticleStatus.UNPUBLISHED && publishedAt != null ? publishedAt : now);
      }
      case SCHEDULE -> {
        require(
            from != ArticleStatus.PUBLISHED,
            "Artikel ini sudah terbit; tarik dulu untuk menjadwalkan ulang.");
        require(scheduleAt != null, "Isi waktu terbit untuk menjadwalkan.");
        require(scheduleAt.isAfter(now), "Waktu terbit jadwal harus di masa depan.");
        yield new Outcome(ArticleStatus.SCHEDULED, scheduleAt);
      }
      case WITHDRAW -> {
        require(
            from == ArticleStatus.PUBLISHED || from == ArticleStatus.SCHEDULED,
            "Hanya artikel terbit atau terjadwal yang dapat ditarik.");
        yield new Outcome(
            ArticleStatus.UNPUBLISHED, from == ArticleStatus.SCHEDULED ? null : publishedAt);
      }
      case RETURN -> {
        require(
            from == ArticleStatus.IN_REVIEW,
            "Hanya artikel dalam antrean yang dapat dikembalikan.");
        yield new Outcome(ArticleStatus.DRAFT, publishedAt);
      }
    };
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
