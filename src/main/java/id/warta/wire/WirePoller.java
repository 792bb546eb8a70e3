package id.warta.wire;

import id.warta.channel.FeedDecoding;
import id.warta.channel.FeedFetchException;
import id.warta.channel.FeedFetcher;
import id.warta.platform.JobClaims;
import id.warta.platform.StorageProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls wire sources and stores what they deliver. A source is polled once across the nodes (its
 * job claim), with the validators of its last good fetch; a failing source waits twice as long each
 * time, up to {@code max-backoff}. Each delivery's items go in one transaction: new versions
 * stored, repeats ignored, unreadable items stored as errors beside the good ones. A folder source
 * reads its {@code *.xml} files and moves each, once stored, into {@code diambil/} (or {@code
 * gagal/} when it could not be read at all).
 */
@Service
class WirePoller {
  private static final Logger log = LoggerFactory.getLogger(WirePoller.class);
  static final String DONE = "diambil";
  static final String FAILED = "gagal";
  private static final int MAX_FILES_PER_POLL = 500;

  /** What one poll did, for the admin's "Ambil sekarang" and for tests. */
  record PollResult(int stored, int errors, int repeats, boolean notModified, String error) {
    static PollResult failed(String error) {
      return new PollResult(0, 0, 0, false, error);
    }
  }

  private final WireRepository repository;
  private final WireFetchers fetchers;
  private final WireProperties properties;
  private final JobClaims claims;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Path folderRoot;

  WirePoller(
      WireRepository repository,
      WireFetchers fetchers,
      WireProperties properties,
      StorageProperties storage,
      JobClaims claims,
      TransactionTemplate transactions,
      Clock clock) {
    this.repository = repository;
    this.fetchers = fetchers;
    this.properties = properties;
    this.claims = claims;
    this.transactions = transactions;
    this.clock = clock;
    this.folderRoot =
        (properties.folderRoot() != null
                ? properties.folderRoot()
                : storage.dataDir().resolve("wires"))
            .toAbsolutePath()
            .normalize();
  }

  Path folderRoot() {
    return folderRoot;
  }

  /** Polls every enabled source whose time has come. */
  List<PollResult> pollDue() {
    List<PollResult> results = new ArrayList<>();
    for (WireSource source : repository.findDue(clock.instant())) {
      results.add(poll(source.id(), true));
    }
    return results;
  }

  /**
   * Polls one source now, unless another node (or thread) is polling it; with {@code onlyIfDue},
   * only if it is still due once claimed.
   */
  PollResult poll(long sourceId, boolean onlyIfDue) {
    String job = "wire:" + sourceId;
    if (!claims.claim(job)) {
      return PollResult.failed("Sumber ini sedang diambil oleh proses lain.");
    }
    try {
      WireSource source = repository.findSource(sourceId).orElse(null);
      if (source == null
          || (onlyIfDue && (!source.enabled() || source.nextPollAt().isAfter(clock.instant())))) {
        return new PollResult(0, 0, 0, false, null);
      }
      return pollClaimed(source);
    } finally {
      claims.release(job);
    }
  }

  private PollResult pollClaimed(WireSource source) {
    Instant now = clock.instant();
    try {
      PollResult result =
          source.kind() == WireKind.NEWSML_FOLDER ? pollFolder(source, now) : pollHttp(source, now);
      if (source.failing()) {
        log.info("Wire source {} works again", source.name());
      }
      return result;
    } catch (WireParseException | FeedFetchException e) {
      recordFailure(source, e.getMessage(), now);
      return PollResult.failed(e.getMessage());
    } catch (RuntimeException e) {
      log.error("Wire source {} could not be polled", source.name(), e);
      String message = "Kesalahan internal saat mengambil kawat; lihat log server.";
      recordFailure(source, message, now);
      return PollResult.failed(message);
    }
  }

  private void recordFailure(WireSource source, String message, Instant now) {
    if (!message.equals(source.lastError())) {
      log.warn("Wire source {} failed: {}", source.name(), message);
    }
    repository.recordFailure(source.id(), message, now, now.plus(backoff(source)));
  }

  /** The poll interval, doubled for each failure in a row, up to the maximum. */
  Duration backoff(WireSource source) {
    Duration wait = Duration.ofMinutes(source.pollMinutes());
    for (int i = 0;
        i <= source.failureCount() && wait.compareTo(properties.maxBackoff()) < 0;
        i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
  }

  private PollResult pollHttp(WireSource source, Instant now)
      throws FeedFetchException, WireParseException {
    var validators = repository.findValidators(source.id());
    URI uri;
    try {
      uri = FeedFetcher.requireWeb(new URI(source.location().strip()));
    } catch (java.net.URISyntaxException e) {
      throw new WireParseException("Alamat sumber tidak sah: " + source.location() + ".");
    }
    var response = fetchers.deliveries.fetch(uri, validators.etag(), validators.lastModified());
    Instant next = now.plus(Duration.ofMinutes(source.pollMinutes()));
    if (response instanceof FeedFetcher.NotModified notModified) {
      repository.recordSuccess(
          source.id(),
          notModified.etag() != null ? notModified.etag() : validators.etag(),
          notModified.lastModified() != null
              ? notModified.lastModified()
              : validators.lastModified(),
          now,
          next);
      return new PollResult(0, 0, 0, true, null);
    }
    var fetched = (FeedFetcher.Fetched) response;
    List<ParsedItem> items = parse(source.kind(), fetched.body(), fetched.contentType());
    return store(
        source,
        items,
        now,
        () ->
            repository.recordSuccess(
                source.id(), fetched.etag(), fetched.lastModified(), now, next));
  }

  private List<ParsedItem> parse(WireKind kind, byte[] body, String contentType)
      throws WireParseException {
    int maxItem = (int) properties.maxItem().toBytes();
    return switch (kind) {
      case NEWSML_HTTP, NEWSML_FOLDER -> NewsmlParser.parse(body, maxItem);
      case NINJS_HTTP -> NinjsParser.parse(body, maxItem);
      case RSS -> RssParser.parse(FeedDecoding.decode(body, contentType), maxItem);
    };
  }

  private PollResult store(
      WireSource source, List<ParsedItem> items, Instant now, Runnable success) {
    PollResult result =
        transactions.execute(
            tx -> {
              int stored = 0;
              int errors = 0;
              int repeats = 0;
              for (ParsedItem item : items) {
                if (repository.insertItem(source.id(), item, now).isPresent()) {
                  if (item.failed()) {
                    errors++;
                  } else {
                    stored++;
                  }
                } else {
                  repeats++;
                }
              }
              success.run();
              return new PollResult(stored, errors, repeats, false, null);
            });
    return result;
  }

  /**
   * Reads the folder's XML files, oldest first. Each file is a delivery of its own: one that cannot
   * be read is stored as an error (and moved to {@code gagal/}); the others go in.
   */
  private PollResult pollFolder(WireSource source, Instant now) throws WireParseException {
    Path folder = folderRoot.resolve(source.location()).normalize();
    if (!folder.startsWith(folderRoot) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new WireParseException(
          "Folder sumber tidak ada atau berada di luar folder kawat: " + folder + ".");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.{xml,XML}")) {
      for (Path file : dir) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new WireParseException("Folder sumber tidak dapat dibaca: " + e.getMessage() + ".", e);
    }
    files.sort(java.util.Comparator.comparing(WirePoller::modified).thenComparing(Path::toString));
    int stored = 0;
    int errors = 0;
    int repeats = 0;
    for (Path file : files.subList(0, Math.min(files.size(), MAX_FILES_PER_POLL))) {
      List<ParsedItem> items;
      boolean readable = true;
      try {
        items = parse(source.kind(), read(file), null);
      } catch (WireParseException e) {
        readable = false;
        items =
            List.of(
                ParsedItem.failed(
                    WireText.guid(
                        "berkas:"
                            + file.getFileName()
                            + ":"
                            + WireText.sha256(file.toString().getBytes())),
                    file.getFileName() + ": " + e.getMessage()));
      }
      PollResult r = store(source, items, now, () -> {});
      stored += r.stored();
      errors += r.errors();
      repeats += r.repeats();
      move(file, folder.resolve(readable ? DONE : FAILED));
    }
    repository.recordSuccess(
        source.id(), null, null, now, now.plus(Duration.ofMinutes(source.pollMinutes())));
    return new PollResult(stored, errors, repeats, false, null);
  }

  private byte[] read(Path file) throws WireParseException {
    long limit = properties.maxDelivery().toBytes();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new WireParseException(
            "Berkas lebih besar dari batas " + limit / (1024 * 1024) + " MB.");
      }
      return bytes;
    } catch (IOException e) {
      throw new WireParseException("Berkas tidak dapat dibaca: " + e.getMessage() + ".", e);
    }
  }

  private static void move(Path file, Path into) {
    try {
      Files.createDirectories(into);
      Files.move(file, into.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // stays where it is: read again next time, and stored once (its guid and version)
      log.warn("Wire file {} could not be moved to {}: {}", file, into, e.getMessage());
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** A photo's bytes for a folder source: only from the source's own folder. */
  byte[] folderPhoto(WireSource source, String href) throws WireParseException {
    String name =
        href.toLowerCase(Locale.ROOT).startsWith("file:")
            ? href.replaceFirst("(?i)^file:(//)?", "")
            : href;
    Path folder = folderRoot.resolve(source.location()).normalize();
    Path file = folder.resolve(name.strip()).normalize();
    if (!file.startsWith(folder)) {
      throw new WireParseException("Foto di luar folder sumber: " + href + ".");
    }
    for (Path candidate :
        List.of(file, folder.resolve(DONE).resolve(folder.relativize(file)).normalize())) {
      if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
        long limit = properties.maxPhoto().toBytes();
        try (InputStream in = Files.newInputStream(candidate)) {
          byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
          if (bytes.length > limit) {
            throw new WireParseException("Foto lebih besar dari batas.");
          }
          return bytes;
        } catch (IOException e) {
          throw new WireParseException("Foto tidak dapat dibaca: " + e.getMessage() + ".", e);
        }
      }
    }
    throw new WireParseException("Foto tidak ada di folder sumber: " + href + ".");
  }
}
