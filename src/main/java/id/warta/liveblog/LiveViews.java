package id.warta.liveblog;

import id.warta.article.ArticleKeys;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.platform.ChangeFeed;
import id.warta.platform.Embed;
import id.warta.platform.IndonesianDates;
import id.warta.platform.KeyedCache;
import id.warta.platform.SiteProperties;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Builds what readers see of a live blog from its stored entries. */
@Component
public class LiveViews {
  /**
   * How many of the newest entries the fragment holds: enough for any reader polling every few
   * seconds, small enough that every reader fetching it after each new entry costs little.
   */
  public static final int FRAGMENT_SIZE = 50;

  /** The article page shows every entry; this only bounds a runaway blog. */
  static final int PAGE_LIMIT = 2_000;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final LiveBlogRepository repository;
  private final MediaRepository media;
  private final SiteProperties site;

  /**
   * Which articles have a live blog, so that the pages of all the others (nearly every article)
   * read nothing of live blogs. A blog's start changes "articles", which drops it.
   */
  private final KeyedCache<String, Set<Long>> covered;

  LiveViews(
      LiveBlogRepository repository, MediaRepository media, SiteProperties site, ChangeFeed feed) {
    this.repository = repository;
    this.media = media;
    this.site = site;
    this.covered = feed.newCache(1, null);
  }

  /** The whole live blog for the article page, or empty when the article never was live. */
  public Optional<LiveView> forPage(long articleId, String articlePath) {
    if (!everCovered(articleId)) {
      return Optional.empty();
    }
    return repository.find(articleId).map(blog -> view(blog, PAGE_LIMIT, articlePath));
  }

  /** The newest entries only, for the fragment readers poll. */
  public Optional<LiveView> forFragment(long articleId) {
    return repository.find(articleId).map(blog -> view(blog, FRAGMENT_SIZE, null));
  }

  /** The articles covered live right now. */
  public Set<Long> liveArticleIds() {
    return repository.findLiveArticleIds();
  }

  private boolean everCovered(long articleId) {
    // Inside a transaction (a preview, the demo's load) from the database, never from the cache.
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return true;
    }
    return covered
        .get(
            "covered",
            k ->
                new KeyedCache.Loaded<>(
                    repository.findCoveredArticleIds(), Set.of(ArticleKeys.ARTICLES)))
        .contains(articleId);
  }

  private LiveView view(LiveBlog blog, int limit, String articlePath) {
    List<LiveEntry> newest = repository.findEntries(blog.articleId(), limit);
    List<LiveEntry> pinned = repository.findPinned(blog.articleId());
    Set<Long> mediaIds = new HashSet<>();
    newest.forEach(e -> addMedia(mediaIds, e));
    pinned.forEach(e -> addMedia(mediaIds, e));
    Map<Long, MediaAsset> photos =
        mediaIds.isEmpty()
            ? Map.of()
            : media.findByIds(mediaIds).stream()
                .collect(Collectors.toMap(MediaAsset::id, Function.identity()));
    List<LiveView.Entry> entries = newest.stream().map(e -> entry(e, photos)).toList();
    List<LiveView.Entry> keyEvents = new ArrayList<>();
    for (LiveView.Entry e : entries) {
      if (e.keyEvent()) {
        keyEvents.add(e);
      }
    }
    long total = newest.size() < limit ? newest.size() : repository.countEntries(blog.articleId());
    return new LiveView(
        blog.articleId(),
        blog.isLive(),
        blog.startedAt(),
        blog.endedAt(),
        entries,
        pinned.stream().map(e -> entry(e, photos)).toList(),
        List.copyOf(keyEvents),
        total,
        articlePath);
  }

  private static void addMedia(Set<Long> ids, LiveEntry e) {
    if (e.mediaId() != null) {
      ids.add(e.mediaId());
    }
  }

  private LiveView.Entry entry(LiveEntry e, Map<Long, MediaAsset> photos) {
    IndonesianDates dates = site.dates();
    String time = TIME.format(e.postedAt().atZone(dates.zone())) + " " + dates.zoneLabel();
    return new LiveView.Entry(
        e.id(),
        e.version(),
        e.postedAt(),
        dates.iso(e.postedAt()),
        time,
        e.bodyHtml(),
        Jsoup.parse(e.bodyHtml()).text(),
        e.mediaId() == null ? null : photos.get(e.mediaId()),
        Embed.parse(e.embedUrl()).orElse(null),
        e.pinned(),
        e.keyEvent());
  }
}
