package id.warta.search;

import id.warta.epaper.Edition;
import id.warta.epaper.EditionPageText;
import id.warta.epaper.EditionRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search in the text of the e-paper's pages: a Lucene index of its own under {@code
 * <data-dir>/search-epaper}, one document per page of every ready edition, analysed like articles
 * (Indonesian stop words, roots from the list; the archive's learned roots are for articles only).
 *
 * <p>Kept current by {@link #sync()}: the editions the database calls ready against those the index
 * holds, adding the missing ones' pages and removing the others'. It runs on start and on every
 * e-paper change from the change feed (an edition ready, deleted or replaced); editions are few
 * (one a day), so comparing the two lists is cheap. An index written under another analysis is
 * emptied and filled again by the same call.
 */
public final class EpaperSearch implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EpaperSearch.class);
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final int SNIPPET_LENGTH = 200;
  static final String ANALYSIS = "warta.analysis";

  static final String EDITION = "edition";
  static final String DATE = "date";
  static final String TITLE = "title";
  static final String PAGE = "page";
  static final String TEXT = "text";
  static final String SORT_DATE = "date_sort";

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** One page found; {@code snippetHtml} is escaped text with only {@code <mark>} added. */
  public record Hit(LocalDate date, String title, int page, String snippetHtml) {
    /** The page in the reader, carrying the words so it marks them too. */
    public String path(String query) {
      return "/epaper/"
          + date
          + "/"
          + page
          + "?q="
          + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20");
    }
  }

  /** One page of results; {@code total} pages match. */
  public record Results(List<Hit> hits, long total, int page, int pageSize) {
    public int totalPages() {
      return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
  }

  private final Path path;
  private final EditionRepository editions;
  private final SearchAnalyzers analyzers;
  private final SearchProperties properties;
  private final Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;

  /** Editions whose pages are in the index; guarded by {@code this}. */
  private final Set<Long> indexed = new HashSet<>();

  private volatile boolean opened;

  EpaperSearch(
      Path path,
      EditionRepository editions,
      SearchAnalyzers analyzers,
      SearchProperties properties) {
    this.path = path;
    this.editions = editions;
    this.analyzers = analyzers;
    this.properties = properties;
    try {
      Files.createDirectories(path);
      this.directory = FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the e-paper search index at " + path, e);
    }
  }

  /** Opens the index files at first use: commands that never search never touch them. */
  private synchronized void open() {
    if (opened) {
      return;
    }
    try {
      boolean fresh = true;
      try {
        fresh =
            !DirectoryReader.indexExists(directory)
                || !analyzers
                    .fingerprint()
                    .equals(SegmentInfos.readLatestCommit(directory).getUserData().get(ANALYSIS));
      } catch (IOException | RuntimeException e) {
        log.warn(
            "E-paper search index at {} cannot be read ({}): starting a new one",
            path,
            e.toString());
        wipe();
      }
      var config = new IndexWriterConfig(analyzers.text());
      config.setOpenMode(
          fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
      indexed.clear();
      indexed.addAll(indexedEditions());
      opened = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the e-paper search index at " + path, e);
    }
  }

  private void wipe() throws IOException {
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Set<Long> indexedEditions() throws IOException {
    Set<Long> ids = new HashSet<>();
    try (var reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            ids.add(Long.parseLong(stored.document(doc, Set.of(EDITION)).get(EDITION)));
          }
        }
      }
    }
    return ids;
  }

  /** What a sync did. */
  public record Outcome(int added, int removed, Duration took) {}

  /**
   * Brings the index in line with the database: the pages of every ready edition, nothing else.
   * Searchable and on disk when it returns.
   */
  public synchronized Outcome sync() {
    open();
    long start = System.nanoTime();
    Set<Long> ready = new HashSet<>(editions.findReadyIds());
    int added = 0;
    int removed = 0;
    try {
      for (long id : Set.copyOf(indexed)) {
        if (!ready.contains(id)) {
          writer.deleteDocuments(new Term(EDITION, Long.toString(id)));
          indexed.remove(id);
          removed++;
        }
      }
      for (long id : ready) {
        if (indexed.contains(id)) {
          continue;
        }
        Edition edition = editions.findById(id).orElse(null);
        if (edition == null) {
          continue; // deleted meanwhile: the change that deleted it syncs again
        }
        writer.deleteDocuments(new Term(EDITION, Long.toString(id)));
        for (EditionPageText page : editions.findPageTexts(id)) {
          writer.addDocument(document(edition, page));
        }
        indexed.add(id);
        added++;
      }
      if (writer.hasUncommittedChanges() || !DirectoryReader.indexExists(directory)) {
        writer.setLiveCommitData(Map.of(ANALYSIS, analyzers.fingerprint()).entrySet());
        writer.commit();
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(added, removed, Duration.ofNanos(System.nanoTime() - start));
  }

  private static Document document(Edition edition, EditionPageText page) {
    var doc = new Document();
    doc.add(new StringField(EDITION, Long.toString(edition.id()), Field.Store.YES));
    doc.add(new StoredField(DATE, edition.editionDate().toString()));
    doc.add(new NumericDocValuesField(SORT_DATE, edition.editionDate().toEpochDay()));
    doc.add(new StoredField(TITLE, edition.title()));
    doc.add(new StoredField(PAGE, page.pageNumber()));
    doc.add(new Field(TEXT, page.text() == null ? "" : page.text(), TEXT_WITH_OFFSETS));
    return doc;
  }

  /**
   * The pages whose text has every word typed ("quotes" for a phrase, -word to exclude), best
   * first, a page of {@code warta.search.page-size} at a time.
   */
  public Results search(String text, int page) {
    if (text.length() > properties.maxQueryLength()) {
      throw new IllegalArgumentException("query too long");
    }
    open();
    int size = properties.pageSize();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Query query = parse(text);
      int wanted = Math.max(1, Math.min(page * size, properties.maxResults()));
      TopDocs top =
          searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
      int from = (page - 1) * size;
      List<Hit> hits = new ArrayList<>();
      if (from < top.scoreDocs.length) {
        ScoreDoc[] docs =
            java.util.Arrays.copyOfRange(
                top.scoreDocs, from, Math.min(top.scoreDocs.length, from + size));
        hits = highlight(searcher, query, docs);
      }
      long total = Math.min(top.totalHits.value(), properties.maxResults());
      return new Results(hits, total, page, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        log.warn("Cannot release a searcher", e);
      }
    }
  }

  public int maxQueryLength() {
    return properties.maxQueryLength();
  }

  private Query parse(String text) {
    var parser = new SimpleQueryParser(analyzers.text(), TEXT);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(text.strip());
    return query == null ? new MatchNoDocsQuery("nothing to search for") : query;
  }

  private List<Hit> highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs)
      throws IOException {
    var highlighter =
        UnifiedHighlighter.builder(searcher, analyzers.text())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(INDONESIAN), SNIPPET_LENGTH, 0.5f))
            .build();
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    String[] snippets =
        highlighter.highlightFields(new String[] {TEXT}, query, ids, new int[] {2}).get(TEXT);
    var stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      var doc = stored.document(ids[i], Set.of(DATE, TITLE, PAGE));
      hits.add(
          new Hit(
              LocalDate.parse(doc.get(DATE)),
              doc.get(TITLE),
              doc.getField(PAGE).numericValue().intValue(),
              snippets[i] == null ? "" : snippets[i]));
    }
    return hits;
  }

  /**
   * A page's text as HTML (escaped) with the words of {@code query} marked wherever a word of the
   * text reduces to the same root: for the reader, opened from a result.
   */
  public String markWords(String text, String query) {
    Set<String> wanted = new HashSet<>(terms(query == null ? "" : query));
    if (wanted.isEmpty()) {
      return ArticleSearch.escape(text);
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    Analyzer analyzer = analyzers.text();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (wanted.contains(term.toString()) && offset.startOffset() >= at) {
          out.append(ArticleSearch.escape(text.substring(at, offset.startOffset())));
          out.append("<mark>")
              .append(
                  ArticleSearch.escape(text.substring(offset.startOffset(), offset.endOffset())))
              .append("</mark>");
          at = offset.endOffset();
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.append(ArticleSearch.escape(text.substring(at)));
    return out.toString();
  }

  private List<String> terms(String query) {
    List<String> terms = new ArrayList<>();
    String limited =
        query.length() > properties.maxQueryLength()
            ? query.substring(0, properties.maxQueryLength())
            : query;
    try (TokenStream stream = analyzers.text().tokenStream(TEXT, limited)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @Override
  public synchronized void close() {
    try {
      if (opened) {
        searchers.close();
        writer.rollback(); // every sync commits what it did
      }
      directory.close();
    } catch (IOException e) {
      log.warn("Closing the e-paper search index", e);
    }
  }
}
