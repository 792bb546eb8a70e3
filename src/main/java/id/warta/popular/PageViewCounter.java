package id.warta.popular;

import id.warta.platform.PageHitListener;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts article views in memory and writes them in batches: a view never costs a database write of
 * its own. Obvious bots are not counted.
 */
@Component
public class PageViewCounter implements PageHitListener {
  private static final Logger log = LoggerFactory.getLogger(PageViewCounter.class);
  private static final Pattern BOT =
      Pattern.compile(
          "(?i)bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|curl|wget"
              + "|python-requests|httpclient|java/|go-http-client|headless|lighthouse|pingdom"
              + "|uptime|feedfetcher|scrapy|okhttp|axios|node-fetch|libwww");

  private final ConcurrentHashMap<Long, Count> pending = new ConcurrentHashMap<>();
  private final PageViewRepository repository;
  private final Clock clock;

  PageViewCounter(PageViewRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Counts one view of an article by a reader with this user agent, unless it is a bot. */
  public void record(long articleId, String userAgent) {
    if (isBot(userAgent)) {
      return;
    }
    add(articleId, 1);
  }

  /** Adds views to the article's pending count; one a flush has taken is replaced by a new one. */
  private void add(long articleId, long views) {
    for (; ; ) {
      Count count = pending.computeIfAbsent(articleId, id -> new Count());
      if (count.add(views)) {
        return;
      }
      pending.remove(articleId, count);
    }
  }

  @Override
  public void articleViewed(long articleId, String userAgent) {
    record(articleId, userAgent);
  }

  /**
   * Writes views of articles now, in the caller's transaction: for articles that transaction is
   * creating (the demo's readers). Counted in memory instead, a flush on the scheduler's thread
   * could write them before the articles are committed, which PostgreSQL refuses (foreign key), and
   * those counts were lost.
   */
  public void writeInTransaction(Map<Long, Long> viewsByArticle) {
    repository.add(clock.millis() / PageViewRepository.HOUR_MILLIS, viewsByArticle);
  }

  static boolean isBot(String userAgent) {
    return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
  }

  /** Writes the views counted so far; runs every few seconds and on shutdown. */
  @Scheduled(fixedDelayString = "${warta.popular.flush-interval:PT10S}")
  @PreDestroy
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    // In id order: two flushes at once (the scheduled one and shutdown's) lock rows alike.
    Map<Long, Long> batch = new TreeMap<>();
    for (var entry : pending.entrySet()) {
      Count count = entry.getValue();
      long views = count.take();
      pending.remove(entry.getKey(), count);
      if (views > 0) {
        batch.put(entry.getKey(), views);
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    long hour = clock.millis() / PageViewRepository.HOUR_MILLIS;
    try {
      repository.add(hour, batch);
    } catch (RuntimeException e) {
      // Views of an article deleted meanwhile, or a database hiccup: keep the counts for the
      // next flush rather than lose them, except for articles that no longer exist.
      log.warn("Could not write {} page view counts: {}", batch.size(), e.getMessage());
      keep(batch);
    }
  }

  /**
   * Counts a flush could not write, back for the next one: all of them when the database cannot
   * even say which articles still exist.
   */
  private void keep(Map<Long, Long> batch) {
    Collection<Long> ids;
    try {
      ids = repository.existingArticles(batch.keySet());
    } catch (RuntimeException e) {
      ids = batch.keySet();
    }
    ids.forEach(id -> add(id, batch.get(id)));
  }

  /**
   * An article's views since the last flush. A flush takes the count whole and closes it: a reader
   * who found it just before then adds to a new one, so no view is lost between the two.
   */
  private static final class Count {
    private static final long TAKEN = -1;
    private final AtomicLong views = new AtomicLong();

    /** False once a flush has taken this count. */
    boolean add(long more) {
      long current;
      do {
        current = views.get();
        if (current == TAKEN) {
          return false;
        }
      } while (!views.compareAndSet(current, current + more));
      return true;
    }

    long take() {
      long taken = views.getAndSet(TAKEN);
      return taken == TAKEN ? 0 : taken;
    }
  }
}
