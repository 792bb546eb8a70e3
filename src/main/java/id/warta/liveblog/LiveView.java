package id.warta.liveblog;

import id.warta.media.MediaAsset;
import id.warta.platform.Embed;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A live blog as readers see it on the article page, in its fragment and in the newsroom.
 *
 * @param live true while covered live (the page polls for new entries); false once ended
 * @param entries newest first: all of them on the page, the newest {@link LiveViews#FRAGMENT_SIZE}
 *     in the fragment
 * @param pinned pinned entries, newest first (also among the entries)
 * @param keyEvents key events, newest first, linked to their entries
 * @param total how many entries there are in all
 */
public record LiveView(
    long articleId,
    boolean live,
    Instant startedAt,
    Instant endedAt,
    List<Entry> entries,
    List<Entry> pinned,
    List<Entry> keyEvents,
    long total,
    String articlePath) {

  /** An entry ready for a template. */
  public record Entry(
      long id,
      int version,
      Instant postedAt,
      String iso,
      String timeLine,
      String bodyHtml,
      String text,
      MediaAsset photo,
      Embed embed,
      boolean pinned,
      boolean keyEvent) {

    /** The entry's anchor on the article page. */
    public String anchor() {
      return "entri-" + id;
    }

    /** A short heading for key events and structured data: the start of the text. */
    public String headline() {
      String t =
          text.isBlank()
              ? (photo != null ? photo.caption() : embed != null ? embed.provider() : "")
              : text;
      return t.length() <= 110
          ? t
          : t.substring(0, t.lastIndexOf(' ', 107) > 40 ? t.lastIndexOf(' ', 107) : 107) + "...";
    }
  }

  /** Where the page fetches new entries (kept by the page cache). */
  public String fragmentPath() {
    return fragmentPath(articleId);
  }

  public String feedPath() {
    return feedPath(articleId);
  }

  public static String fragmentPath(long articleId) {
    return "/feed/langsung/" + articleId;
  }

  public static String feedPath(long articleId) {
    return "/rss/langsung/" + articleId;
  }

  /** The surrogate keys of what a page showing this live blog shows. */
  public Set<String> keys() {
    return Set.of(LiveKeys.entries(articleId));
  }

  /** The newest change of any entry shown, or the start: the live blog's last update. */
  public Instant lastUpdate() {
    Instant last = endedAt != null ? endedAt : startedAt;
    for (Entry e : entries) {
      if (e.postedAt().isAfter(last)) {
        last = e.postedAt();
      }
    }
    return last;
  }
}
