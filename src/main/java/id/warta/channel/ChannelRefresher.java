package id.warta.channel;

import id.warta.channel.RefreshResult.Outcome;
import id.warta.platform.Changes;
import id.warta.platform.JobClaims;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches channels' feeds and stores their items. Runs only on background threads (the scheduler's,
 * a command's, an admin's request): reader pages read what is stored and never wait on a partner.
 *
 * <p>A fetch that works replaces nothing it should not: items are upserted by guid, the channel
 * keeps its newest {@code max_items}, all in one transaction. A fetch that fails changes no item
 * and records the error for the admin. The log gets one warning when a channel starts failing or
 * fails differently, and one line when it recovers, however often the scheduler retries.
 */
class ChannelRefresher {
  private static final Logger log = LoggerFactory.getLogger(ChannelRefresher.class);

  /** Dates this far ahead are a partner's clock or zone mistake; they would pin an item on top. */
  private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

  private final ChannelRepository channels;
  private final FeedFetcher fetcher;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int parallelFetches;
  private final Changes changes;
  private final JobClaims claims;
  private final Set<Long> busy = ConcurrentHashMap.newKeySet();
  private final Map<Long, String> reportedErrors = new ConcurrentHashMap<>();

  ChannelRefresher(
      ChannelRepository channels,
      FeedFetcher fetcher,
      TransactionTemplate transactions,
      Clock clock,
      int parallelFetches,
      Changes changes,
      JobClaims claims) {
    this.changes = changes;
    this.claims = claims;
    this.channels = channels;
    this.fetcher = fetcher;
    this.transactions = transactions;
    this.clock = clock;
    this.parallelFetches = parallelFetches;
  }

  /** Fetches every enabled channel whose refresh interval has passed at {@code now}. */
  List<RefreshResult> refreshDue(Instant now) {
    return refreshAll(channels.findStatuses().stream().filter(s -> s.dueAt(now)).toList(), now);
  }

  /** Fetches every enabled channel once, whether due or not. */
  List<RefreshResult> refreshEnabled() {
    return refreshAll(
        channels.findStatuses().stream().filter(s -> s.channel().enabled()).toList(), null);
  }

  /** {@code dueAt} null: fetch whether due or not. */
  private List<RefreshResult> refreshAll(List<ChannelStatus> due, Instant dueAt) {
    if (due.isEmpty()) {
      return List.of();
    }
    var permits = new Semaphore(parallelFetches);
    List<Future<RefreshResult>> futures = new ArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (ChannelStatus status : due) {
        futures.add(
            executor.submit(
                () -> {
                  permits.acquire();
                  try {
                    return refresh(status.channel(), dueAt);
                  } finally {
                    permits.release();
                  }
                }));
      }
      List<RefreshResult> results = new ArrayList<>();
      for (Future<RefreshResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Refreshing partner channels failed", e.getCause());
    }
  }

  /** Fetches one channel's feed now and stores what it holds. */
  RefreshResult refresh(PartnerChannel channel) {
    return refresh(channel, null);
  }

  /**
   * Fetches the channel unless another fetch of it runs, here or on another node (its claim). With
   * {@code dueAt}, only if still due once claimed: another node may have just fetched it.
   */
  private RefreshResult refresh(PartnerChannel channel, Instant dueAt) {
    if (!busy.add(channel.id())) {
      return result(channel, Outcome.BUSY, 0, 0, null);
    }
    String job = "channel:" + channel.id();
    try {
      if (!claims.claim(job)) {
        return result(channel, Outcome.BUSY, 0, 0, null);
      }
      try {
        if (dueAt != null
            && channels.findStatus(channel.id()).filter(s -> s.dueAt(dueAt)).isEmpty()) {
          return result(channel, Outcome.BUSY, 0, 0, null);
        }
        return fetchAndStore(channel);
      } finally {
        claims.release(job);
      }
    } finally {
      busy.remove(channel.id());
    }
  }

  private RefreshResult fetchAndStore(PartnerChannel channel) {
    Instant fetchedAt = clock.instant();
    var validators = channels.findValidators(channel.id());
    try {
      URI uri = feedUri(channel.feedUrl());
      var response = fetcher.fetch(uri, validators.etag(), validators.lastModified());
      RefreshResult result;
      if (response instanceof FeedFetcher.NotModified notModified) {
        channels.recordSuccess(
            channel.id(),
            // Either validator may be missing on both sides (a feed with an ETag only).
            notModified.etag() != null ? notModified.etag() : validators.etag(),
            notModified.lastModified() != null
                ? notModified.lastModified()
                : validators.lastModified(),
            fetchedAt);
        result = result(channel, Outcome.NOT_MODIFIED, 0, 0, null);
      } else {
        var fetched = (FeedFetcher.Fetched) response;
        var parsed =
            FeedParser.parse(
                FeedDecoding.decode(fetched.body(), fetched.contentType()), fetched.uri());
        int stored = store(channel, parsed.entries(), fetched, fetchedAt);
        result = result(channel, Outcome.UPDATED, stored, parsed.skipped(), null);
      }
      if (reportedErrors.remove(channel.id()) != null) {
        log.info("Partner feed {} ({}) works again", channel.slug(), channel.feedUrl());
      }
      return result;
    } catch (FeedFetchException e) {
      channels.recordFailure(channel.id(), e.getMessage(), fetchedAt);
      String previous = reportedErrors.put(channel.id(), e.getMessage());
      if (!e.getMessage().equals(previous)) {
        log.warn(
            "Partner feed {} ({}) failed, its stored items stay: {}",
            channel.slug(),
            channel.feedUrl(),
            e.getMessage());
      } else {
        log.debug("Partner feed {} still failing: {}", channel.slug(), e.getMessage());
      }
      return result(channel, Outcome.FAILED, 0, 0, e.getMessage());
    } catch (RuntimeException e) {
      // A bug or a database problem: the admin sees that something went wrong, the log has why.
      String message = "Kesalahan internal saat memproses umpan; lihat log server.";
      log.error("Partner feed {} could not be processed", channel.slug(), e);
      try {
        channels.recordFailure(channel.id(), message, fetchedAt);
      } catch (RuntimeException ignored) {
        // the database itself is failing; the log above says enough
      }
      return result(channel, Outcome.FAILED, 0, 0, message);
    }
  }

  /**
   * Writes the feed's newest items and trims the channel to its maximum in one transaction. Undated
   * items get the fetch time, each a millisecond older than the one before so the feed's order
   * stays, and keep the date they were first seen on later fetches.
   */
  private int store(
      PartnerChannel channel, List<FeedEntry> entries, FeedFetcher.Fetched fetched, Instant now) {
    Integer stored =
        transactions.execute(
            tx -> {
              Map<String, Instant> known = channels.findItemDates(channel.id());
              record Dated(FeedEntry entry, Instant at) {}
              List<Dated> dated = new ArrayList<>();
              Instant latest = now.plus(FUTURE_TOLERANCE);
              for (int i = 0; i < entries.size(); i++) {
                FeedEntry entry = entries.get(i);
                Instant at = entry.publishedAt();
                if (at == null) {
                  at = known.getOrDefault(entry.guid(), now.minusMillis(i));
                } else if (at.isAfter(latest)) {
                  at = known.getOrDefault(entry.guid(), now);
                }
                dated.add(new Dated(entry, at));
              }
              List<Dated> newest =
                  dated.stream()
                      .sorted(Comparator.comparing(Dated::at).reversed())
                      .limit(channel.maxItems())
                      .toList();
              for (Dated d : newest) {
                channels.upsertItem(
                    channel.id(),
                    d.entry().guid(),
                    d.entry().title(),
                    d.entry().url(),
                    d.entry().excerpt(),
                    d.at());
              }
              channels.trimItems(channel.id(), channel.maxItems());
              channels.recordSuccess(channel.id(), fetched.etag(), fetched.lastModified(), now);
              changes.record(PartnerChannel.KEY);
              return newest.size();
            });
    return stored == null ? 0 : stored;
  }

  private RefreshResult result(
      PartnerChannel channel, Outcome outcome, int stored, int skipped, String error) {
    return new RefreshResult(
        channel.id(),
        channel.slug(),
        channel.name(),
        outcome,
        stored,
        skipped,
        channels.countItems(channel.id()),
        error);
  }

  private static URI feedUri(String feedUrl) throws FeedFetchException {
    try {
      return FeedFetcher.requireWeb(new URI(feedUrl.strip()));
    } catch (URISyntaxException | NullPointerException e) {
      throw new FeedFetchException("Alamat umpan tidak sah: " + feedUrl + ".");
    }
  }
}
