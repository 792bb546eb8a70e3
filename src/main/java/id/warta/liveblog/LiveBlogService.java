package id.warta.liveblog;

import id.warta.article.ArticleBodyPolicy;
import id.warta.article.ArticleKeys;
import id.warta.article.ArticleRepository;
import id.warta.media.MediaRepository;
import id.warta.platform.Changes;
import id.warta.platform.Embed;
import id.warta.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Starting and ending live blogs and changing their entries. Each change is a revision of its entry
 * and a change under {@link LiveKeys#entries}, recorded in the same transaction, so the page cache
 * drops the article page, the fragment and the feed when, and only when, it commits.
 */
@Service
public class LiveBlogService {
  /** Longer than any entry needs; SQLite does not enforce column lengths. */
  static final int MAX_TEXT = 20_000;

  private final LiveBlogRepository repository;
  private final ArticleRepository articles;
  private final MediaRepository media;
  private final Changes changes;
  private final Clock clock;

  LiveBlogService(
      LiveBlogRepository repository,
      ArticleRepository articles,
      MediaRepository media,
      Changes changes,
      Clock clock) {
    this.repository = repository;
    this.articles = articles;
    this.media = media;
    this.changes = changes;
    this.clock = clock;
  }

  /** Covers the article live from now on, or resumes a live blog that was ended. */
  @Transactional
  public void start(long articleId) {
    startAt(articleId, clock.instant());
  }

  /** Covers the article live since {@code at} (the demo content, imports). */
  @Transactional
  public void startAt(long articleId, Instant at) {
    if (articles.findById(articleId).isEmpty()) {
      throw new NotFoundException("Artikel tidak ditemukan.");
    }
    repository.start(articleId, at);
    // Lists show the live badge, the article page its entries and its live JSON-LD.
    changes.record(
        ArticleKeys.article(articleId), ArticleKeys.ARTICLES, LiveKeys.entries(articleId));
  }

  /** Ends the live coverage: the article reads as a normal one, its entries kept. */
  @Transactional
  public void end(long articleId) {
    if (repository.end(articleId, clock.instant())) {
      changes.record(
          ArticleKeys.article(articleId), ArticleKeys.ARTICLES, LiveKeys.entries(articleId));
    }
  }

  /** Posts an entry, shown to readers at once; returns its id. */
  @Transactional
  public long post(long articleId, EntryDraft draft, String by) {
    return postAt(articleId, draft, by, clock.instant());
  }

  /** Posts an entry with the time it was written elsewhere (the demo content, imports). */
  @Transactional
  public long postAt(long articleId, EntryDraft draft, String by, Instant at) {
    LiveBlogRepository.Clean clean = check(draft);
    long id =
        repository
            .insertEntry(articleId, clean, at)
            .orElseThrow(
                () ->
                    new LiveEntryRejectedException(
                        "Liputan langsung artikel ini belum dimulai atau sudah selesai."));
    LiveEntry entry = repository.findEntry(id).orElseThrow();
    repository.insertRevision(entry, entry.version(), "POSTED", by, at);
    changes.record(LiveKeys.entries(articleId));
    return id;
  }

  /** Changes an entry the editor saw at {@code version}; its time of posting stays. */
  @Transactional
  public void edit(long entryId, int version, EntryDraft draft, String by) {
    LiveBlogRepository.Clean clean = check(draft);
    Instant now = clock.instant();
    if (!repository.updateEntry(entryId, version, clean, now)) {
      throw missingOrStale(entryId);
    }
    LiveEntry entry = repository.findEntry(entryId).orElseThrow();
    repository.insertRevision(entry, entry.version(), "EDITED", by, now);
    changes.record(LiveKeys.entries(entry.articleId()));
  }

  /** Deletes an entry the editor saw at {@code version}; its revisions stay. */
  @Transactional
  public void delete(long entryId, int version, String by) {
    LiveEntry entry = repository.findEntry(entryId).orElseThrow(() -> missingOrStale(entryId));
    if (entry.version() != version || !repository.deleteEntry(entryId, version)) {
      throw new StaleEntryException();
    }
    repository.insertRevision(entry, version + 1, "DELETED", by, clock.instant());
    changes.record(LiveKeys.entries(entry.articleId()));
  }

  private RuntimeException missingOrStale(long entryId) {
    return repository.findEntry(entryId).isPresent()
        ? new StaleEntryException()
        : new NotFoundException("Entri tidak ditemukan (mungkin sudah dihapus).");
  }

  private LiveBlogRepository.Clean check(EntryDraft draft) {
    String text = draft.text() == null ? "" : draft.text().strip();
    if (text.length() > MAX_TEXT) {
      throw new LiveEntryRejectedException(
          "Teks entri terlalu panjang (paling banyak " + MAX_TEXT + " karakter).");
    }
    String html = toHtml(text);
    String embedUrl = "";
    if (draft.embedUrl() != null && !draft.embedUrl().isBlank()) {
      embedUrl =
          Embed.parse(draft.embedUrl())
              .orElseThrow(
                  () ->
                      new LiveEntryRejectedException(
                          "Tautan sematan tidak dikenal. Gunakan tautan video YouTube, unggahan X,"
                              + " atau unggahan Instagram."))
              .url();
    }
    if (draft.mediaId() != null && media.findById(draft.mediaId()).isEmpty()) {
      throw new LiveEntryRejectedException(
          "Foto " + draft.mediaId() + " tidak ada di pustaka media.");
    }
    if (html.isBlank() && draft.mediaId() == null && embedUrl.isEmpty()) {
      throw new LiveEntryRejectedException(
          "Entri kosong: tulis teks, pilih foto, atau tempel tautan sematan.");
    }
    return new LiveBlogRepository.Clean(
        html, draft.mediaId(), embedUrl, draft.pinned(), draft.keyEvent());
  }

  /**
   * HTML is kept as the article body policy allows; plain text becomes paragraphs (blank lines) and
   * line breaks.
   */
  static String toHtml(String text) {
    if (text.isEmpty()) {
      return "";
    }
    if (text.indexOf('<') >= 0) {
      return ArticleBodyPolicy.sanitize(text).strip();
    }
    var html = new StringBuilder();
    for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>")
            .append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>"))
            .append("</p>");
      }
    }
    return html.toString();
  }
}
