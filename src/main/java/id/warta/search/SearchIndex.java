package id.warta.search;

import id.warta.article.ArticleSnapshot;
import id.warta.article.ArticleSnapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of published articles under {@code <data-dir>/search}: one document per
 * published article, nothing else.
 *
 * <p>Kept current by {@link #update(long)} after each commit (near-real-time: searchable as soon as
 * the call returns) and committed to disk every few seconds. Each commit records, in its user data,
 * the analysis it was built with and a watermark: every change to an article before that instant is
 * in the index. On start, a missing, unreadable or differently analysed index is rebuilt from the
 * database while the old one (or an empty one) keeps answering; otherwise {@link #catchUp()}
 * indexes what changed since the watermark, so a crash between a database commit and an index
 * commit loses nothing.
 */
public final class SearchIndex implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  static final String WATERMARK = "warta.updatedUpTo";
  static final String ANALYSIS = "warta.analysis";

  /** How far before the watermark catch-up looks again: changes committed out of order. */
  static final Duration CATCH_UP_MARGIN = Duration.ofHours(1);

  private static final int BATCH = 500;
  private static final int ANALYSIS_THREADS = 2;
  private static final double REBUILD_RAM_BUFFER_MB = 128;
  private static final Duration REFRESH_DURING_REBUILD = Duration.ofSeconds(5);

  /** How far a rebuild or catch-up has come. */
  public record Progress(long done, long total) {}

  /** What a rebuild or catch-up did. */
  public record Outcome(long indexed, long removed, Duration took) {}

  private final Path path;
  private final ArticleSnapshots articles;
  private final SearchAnalyzers analyzers;
  private final Clock clock;
  private final Object writeLock = new Object();
  private final Object maintenanceLock = new Object();

  /** Articles changed by events while a rebuild or catch-up runs: it must not undo them. */
  private final Set<Long> touched = ConcurrentHashMap.newKeySet();

  private final Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;
  private volatile boolean needsRebuild;
  private volatile boolean maintaining;
  private volatile boolean eventFailed;
  private volatile Instant watermark;
  private volatile boolean closed;

  /**
   * Changes applied by {@link #update} so far, and how many of them the searchers had seen at their
   * last refresh: a search refreshes first when it is behind, so a bulk write (an import, a
   * catch-up) reopens the index once, at the next search, not once per article.
   */
  private final AtomicLong applied = new AtomicLong();

  private final AtomicLong seen = new AtomicLong();

  SearchIndex(Path path, ArticleSnapshots articles, SearchAnalyzers analyzers, Clock clock) {
    this(path, articles, analyzers, clock, false);
  }

  /**
   * @param lazily open the index files at first use only: commands that write articles while the
   *     site runs never touch the index the site holds (the site indexes their changes from the
   *     change feed)
   */
  SearchIndex(
      Path path,
      ArticleSnapshots articles,
      SearchAnalyzers analyzers,
      Clock clock,
      boolean lazily) {
    this.path = path;
    this.articles = articles;
    this.analyzers = analyzers;
    this.clock = clock;
    try {
      Files.createDirectories(path);
      this.directory = FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + path, e);
    }
    if (!lazily) {
      opened();
    }
  }

  private volatile boolean opened;

  /**
   * Opens the index files if not yet open; every use of the writer or searchers goes through it.
   */
  private SearchIndex opened() {
    if (!opened) {
      synchronized (this) {
        if (!opened) {
          try {
            open();
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
          }
          opened = true;
        }
      }
    }
    return this;
  }

  private void open() throws IOException {
    try {
      SegmentInfos commit = lastCommit();
      boolean otherOrder = commit != null && builtInAnotherOrder(commit);
      openWriter(
          otherOrder
              ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      // Reading every segment's metadata now finds a damaged index before a reader does.
      searchers = new SearcherManager(writer, null);
      try (var reader = DirectoryReader.open(writer)) {
        reader.numDocs();
      }
      Map<String, String> data = commit == null ? Map.of() : commit.getUserData();
      String mark = data.get(WATERMARK);
      watermark = mark == null || otherOrder ? null : Instant.ofEpochMilli(Long.parseLong(mark));
      needsRebuild =
          otherOrder || mark == null || !analyzers.fingerprint().equals(data.get(ANALYSIS));
      if (needsRebuild) {
        log.info("Search index at {} is new or was built differently: it will be rebuilt", path);
      }
    } catch (LockObtainFailedException e) {
      closeQuietly();
      throw e; // another process (the site, or a reindex) has it open: never touch its files
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Search index at {} cannot be read ({}): starting a new one to rebuild",
          path,
          e.toString());
      closeQuietly();
      wipe();
      openWriter(IndexWriterConfig.OpenMode.CREATE);
      searchers = new SearcherManager(writer, null);
      watermark = null;
      needsRebuild = true;
    }
  }

  private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
    var config = new IndexWriterConfig(analyzers.index());
    config.setOpenMode(mode);
    config.setIndexSort(FreshTopDocs.NEWEST_FIRST);
    config.setRAMBufferSizeMB(48);
    config.setCommitOnClose(false);
    writer = new IndexWriter(directory, config);
  }

  /** The index's last commit, or null when there is none yet. */
  private SegmentInfos lastCommit() throws IOException {
    return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory) : null;
  }

  /**
   * Whether the commit has segments not sorted newest first (written before the index was sorted):
   * a writer cannot change their order, so the index starts afresh and is rebuilt.
   */
  private static boolean builtInAnotherOrder(SegmentInfos commit) {
    for (SegmentCommitInfo segment : commit) {
      if (!FreshTopDocs.NEWEST_FIRST.equals(segment.info.getIndexSort())) {
        return true;
      }
    }
    return false;
  }

  private void closeQuietly() {
    try {
      if (searchers != null) {
        searchers.close();
      }
    } catch (IOException | RuntimeException ignored) {
      // being replaced
    }
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException ignored) {
      // being replaced
    }
    searchers = null;
    writer = null;
  }

  private void wipe() throws IOException {
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Whether the index must be rebuilt from the database before it is complete. */
  public boolean needsRebuild() {
    opened();
    return needsRebuild;
  }

  /** Whether the index was closed (the application is stopping). */
  public boolean isClosed() {
    return closed;
  }

  /** Whether a rebuild or catch-up is running: results may be incomplete meanwhile. */
  public boolean isMaintaining() {
    return maintaining;
  }

  // ---- keeping it current

  /** Brings one article's document in line with the database: indexed if published, else gone. */
  public void update(long articleId) {
    opened();
    if (maintaining) {
      touched.add(articleId);
    }
    try {
      apply(articleId, articles.find(articleId).orElse(null));
      applied.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      eventFailed = true;
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  private void apply(long id, ArticleSnapshot article) throws IOException {
    Term term = new Term(ArticleFields.ID, Long.toString(id));
    synchronized (writeLock) {
      if (article != null && article.isPublished()) {
        writer.updateDocument(term, ArticleFields.document(article));
      } else {
        writer.deleteDocuments(term);
      }
    }
  }

  /** Writes what is indexed to disk, if anything changed; run every few seconds. */
  public void commitIfChanged() {
    if (!opened || maintaining || !writer.hasUncommittedChanges()) {
      return;
    }
    Instant now = clock.instant();
    synchronized (maintenanceLock) {
      commit(eventFailed || needsRebuild ? watermark : now);
      eventFailed = false;
    }
  }

  private void commit(Instant mark) {
    Map<String, String> data = new HashMap<>();
    data.put(ANALYSIS, analyzers.fingerprint());
    if (mark != null && !needsRebuild) {
      data.put(WATERMARK, Long.toString(mark.toEpochMilli()));
    }
    try {
      synchronized (writeLock) {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
      }
      watermark = needsRebuild ? watermark : mark;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The instant up to which every change is in the committed index, or null before a build. */
  public Instant watermark() {
    return watermark;
  }

  /** Makes everything indexed so far searchable now (otherwise done by the next search). */
  public void refresh() {
    opened();
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- rebuilding and catching up

  /**
   * Indexes every published article again and removes every other document. One thread reads
   * batches by id (keyset, no OFFSET) into a short queue; {@value #ANALYSIS_THREADS} threads
   * analyse and add them (IndexWriter is thread-safe), with a larger RAM buffer and no commit until
   * the end. Memory stays bounded: a few batches in the queue, and a bit per article id for what
   * was seen.
   */
  public Outcome rebuild(Consumer<Progress> progress) {
    opened();
    synchronized (maintenanceLock) {
      maintaining = true;
      touched.clear();
      long start = System.nanoTime();
      double buffer = writer.getConfig().getRAMBufferSizeMB();
      writer.getConfig().setRAMBufferSizeMB(REBUILD_RAM_BUFFER_MB);
      try {
        Instant mark = clock.instant();
        BitSet before = indexedIdBits();
        long total = articles.countPublished();
        BitSet seen = new BitSet();
        AtomicLong done = new AtomicLong();
        Consumer<Progress> report =
            p -> {
              synchronized (progress) {
                progress.accept(p);
              }
            };
        report.accept(new Progress(0, total));
        BlockingQueue<List<ArticleSnapshot>> queue = new ArrayBlockingQueue<>(ANALYSIS_THREADS * 2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < ANALYSIS_THREADS; t++) {
          workers.add(
              Thread.ofPlatform()
                  .name("search-rebuild-" + t)
                  .start(
                      () -> {
                        try {
                          while (true) {
                            List<ArticleSnapshot> batch = queue.take();
                            if (batch.isEmpty()) {
                              return;
                            }
                            for (ArticleSnapshot article : batch) {
                              if (!touched.contains(article.id())) {
                                writer.updateDocument(
                                    new Term(ArticleFields.ID, Long.toString(article.id())),
                                    ArticleFields.document(article));
                              }
                            }
                            long n = done.addAndGet(batch.size());
                            report.accept(new Progress(n, Math.max(total, n)));
                          }
                        } catch (Throwable e) {
                          failure.compareAndSet(null, e);
                          queue.clear();
                        }
                      }));
        }
        long after = 0;
        long lastRefresh = System.nanoTime();
        try {
          while (failure.get() == null) {
            List<ArticleSnapshot> read = articles.after(after, BATCH);
            if (read.isEmpty()) {
              break;
            }
            if (closed) {
              throw new IllegalStateException("Search index closed during a rebuild");
            }
            after = read.getLast().id();
            List<ArticleSnapshot> batch =
                read.stream().filter(ArticleSnapshot::isPublished).toList();
            if (batch.isEmpty()) {
              continue; // an empty batch is the workers' end mark
            }
            for (ArticleSnapshot article : batch) {
              seen.set(bit(article.id()));
            }
            while (!queue.offer(batch, 1, TimeUnit.SECONDS)) {
              if (failure.get() != null) {
                break;
              }
            }
            // Show progress to searchers now and then; a refresh per batch flushes tiny segments.
            if (System.nanoTime() - lastRefresh > REFRESH_DURING_REBUILD.toNanos()) {
              searchers.maybeRefresh();
              lastRefresh = System.nanoTime();
            }
          }
        } finally {
          for (int t = 0; t < ANALYSIS_THREADS; t++) {
            // The end mark for each worker; after a failure the batches left are dropped.
            while (!queue.offer(List.of(), 1, TimeUnit.SECONDS)) {
              if (failure.get() != null) {
                queue.clear();
              }
            }
          }
          for (Thread worker : workers) {
            worker.join();
          }
        }
        if (failure.get() != null) {
          Throwable e = failure.get();
          throw e instanceof IOException io
              ? new UncheckedIOException(io)
              : e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        long removed = 0;
        for (int id = before.nextSetBit(0); id >= 0; id = before.nextSetBit(id + 1)) {
          if (!seen.get(id) && !touched.contains((long) id)) {
            apply(id, null);
            removed++;
          }
        }
        // One segment: a query's terms are looked up, and its hits ranked newest first, once
        // rather than in each of the ten or so segments a rebuild leaves (at a million articles a
        // common word's search spent a third of its allocations building term lookups per segment).
        // Later changes go to small segments that merge as usual.
        writer.forceMerge(1);
        needsRebuild = false;
        commit(mark);
        searchers.maybeRefreshBlocking();
        return new Outcome(done.get(), removed, Duration.ofNanos(System.nanoTime() - start));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Search index rebuild interrupted", e);
      } finally {
        writer.getConfig().setRAMBufferSizeMB(buffer);
        maintaining = false;
        touched.clear();
      }
    }
  }

  /** An article id as a bit index: ids are database keys far below 2^31. */
  private static int bit(long id) {
    if (id < 0 || id > Integer.MAX_VALUE) {
      throw new IllegalStateException("Article id out of range for the index's id set: " + id);
    }
    return (int) id;
  }

  /**
   * Indexes what changed since the watermark (with a margin) and what the index and the database
   * disagree on: articles published or withdrawn while the index was not listening.
   */
  public Outcome catchUp() {
    opened();
    if (needsRebuild) {
      return rebuild(p -> {});
    }
    synchronized (maintenanceLock) {
      maintaining = true;
      touched.clear();
      long start = System.nanoTime();
      try {
        Instant mark = clock.instant();
        Instant since = watermark.minus(CATCH_UP_MARGIN);
        long indexed = 0;
        long removed = 0;
        long after = 0;
        while (true) {
          List<ArticleSnapshot> batch = articles.changedSince(since, after, BATCH);
          if (batch.isEmpty()) {
            break;
          }
          for (ArticleSnapshot article : batch) {
            if (!touched.contains(article.id())) {
              apply(article.id(), article);
              if (article.isPublished()) {
                indexed++;
              } else {
                removed++;
              }
            }
            after = article.id();
          }
        }
        // Bit sets, not sets of Longs: a million ids take 125 KB, not 50 MB.
        BitSet inIndex = indexedIdBits();
        BitSet published = new BitSet();
        articles.forEachPublishedId(id -> published.set(bit(id)));
        BitSet missing = (BitSet) published.clone();
        missing.andNot(inIndex);
        for (int id = missing.nextSetBit(0); id >= 0; id = missing.nextSetBit(id + 1)) {
          if (!touched.contains((long) id)) {
            apply(id, articles.find(id).orElse(null));
            indexed++;
          }
        }
        inIndex.andNot(published);
        for (int id = inIndex.nextSetBit(0); id >= 0; id = inIndex.nextSetBit(id + 1)) {
          if (!touched.contains((long) id)) {
            apply(id, null);
            removed++;
          }
        }
        commit(mark);
        searchers.maybeRefreshBlocking();
        return new Outcome(indexed, removed, Duration.ofNanos(System.nanoTime() - start));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        maintaining = false;
        touched.clear();
      }
    }
  }

  /**
   * Ids of the articles in the index as it stands (uncommitted changes included), read from the id
   * field's terms rather than each document's stored fields.
   */
  BitSet indexedIdBits() throws IOException {
    opened();
    BitSet ids = new BitSet();
    try (var reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Terms terms = r.terms(ArticleFields.ID);
        if (terms == null) {
          continue;
        }
        Bits live = r.getLiveDocs();
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          postings = each.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              ids.set(bit(Long.parseLong(term.utf8ToString())));
              break;
            }
          }
        }
      }
    }
    return ids;
  }

  /** Ids of the articles in the index as it stands (uncommitted changes included). */
  Set<Long> indexedIds() throws IOException {
    opened();
    Set<Long> ids = new HashSet<>();
    try (var reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            ids.add(
                Long.parseLong(
                    stored.document(doc, Set.of(ArticleFields.ID)).get(ArticleFields.ID)));
          }
        }
      }
    }
    return ids;
  }

  // ---- searching

  /** Runs {@code work} on a current searcher. */
  public <T> T search(Function<IndexSearcher, T> work) {
    IndexSearcher searcher;
    opened();
    try {
      long target = applied.get();
      if (seen.get() < target) {
        // Everything applied up to target is in the writer: the reopened reader holds it.
        searchers.maybeRefreshBlocking();
        seen.accumulateAndGet(target, Math::max);
      }
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return work.apply(searcher);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        log.warn("Cannot release a searcher", e);
      }
    }
  }

  SearchAnalyzers analysis() {
    return analyzers;
  }

  /** Commits what is indexed and closes; never called while a request still searches. */
  @Override
  public void close() {
    closed = true;
    try {
      if (opened && writer.isOpen()) {
        if (writer.hasUncommittedChanges() && !maintaining) {
          commit(eventFailed || needsRebuild ? watermark : clock.instant());
        }
        searchers.close();
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      log.warn("Closing the search index", e);
    }
  }

  /** For tests: drops what was not committed and closes, as a crash would. */
  void crash() throws IOException {
    searchers.close();
    writer.rollback();
    directory.close();
  }
}
