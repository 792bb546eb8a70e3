package id.warta.search;

import id.warta.platform.Excerpts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterDocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.stereotype.Service;

/**
 * Searches the index: the words typed (all must match, in any field; "quotes" for a phrase, -word
 * to exclude), the title counting most, then tags, lead, authors and section, then body. Results
 * come with highlighted, escaped title and snippet, and with a spelling suggestion from the index's
 * own words when nothing was found.
 */
@Service
public class ArticleSearch {
  static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(
          ArticleFields.TITLE, 4f,
          ArticleFields.TAGS, 2.5f,
          ArticleFields.LEAD, 1.5f,
          ArticleFields.AUTHORS, 1.5f,
          ArticleFields.SECTION, 1f,
          ArticleFields.BODY, 1f);
  private static final int SNIPPET_LENGTH = 180;
  private static final String[] MARKED = {
    ArticleFields.TITLE, ArticleFields.BODY, ArticleFields.LEAD
  };

  /**
   * Relevance weighs an article's age: half of what it can lose at three months, never below 0.3 of
   * a new article's score (a two-year-old article with the word in its title still outranks
   * yesterday's that only mentions it once).
   */
  static final double HALF_LIFE_DAYS = 90;

  static final double FRESHNESS_FLOOR = 0.3;

  private final SearchIndex index;
  private final SearchProperties properties;
  private final Clock clock;

  ArticleSearch(SearchIndex index, SearchProperties properties, Clock clock) {
    this.index = index;
    this.properties = properties;
    this.clock = clock;
  }

  public int pageSize() {
    return properties.pageSize();
  }

  public int maxQueryLength() {
    return properties.maxQueryLength();
  }

  public SearchResults search(SearchRequest request) {
    if (request.text().length() > properties.maxQueryLength()) {
      throw new IllegalArgumentException("query too long");
    }
    int size = properties.pageSize();
    return index.search(
        searcher -> {
          try {
            Query words = parse(searcher, request.text());
            Query query = withFilters(words, request);
            int wanted = Math.min(request.page() * size, properties.maxResults());
            TopDocs top =
                top(
                    searcher,
                    new Freshness(clock.millis(), HALF_LIFE_DAYS, FRESHNESS_FLOOR),
                    query,
                    request.order(),
                    Math.max(wanted, 1),
                    // Counting stops at the deepest result reachable at the earliest: a total
                    // given as "more than" always leaves every reachable page there.
                    Math.max(wanted, Math.max(properties.countUpTo(), properties.maxResults())));
            long total = top.totalHits.value();
            boolean lowerBound =
                top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
            long reachable = Math.min(total, properties.maxResults());
            int from = (request.page() - 1) * size;
            List<SearchResults.Hit> hits = new ArrayList<>();
            if (from < top.scoreDocs.length) {
              ScoreDoc[] page =
                  Arrays.copyOfRange(
                      top.scoreDocs, from, Math.min(top.scoreDocs.length, from + size));
              hits = highlight(searcher, request.text(), page);
            }
            String suggestion = total == 0 ? suggest(searcher, request) : null;
            return new SearchResults(
                hits,
                total,
                lowerBound,
                reachable,
                request.page(),
                size,
                suggestion,
                index.isMaintaining());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private Query parse(IndexSearcher searcher, String text) {
    return parse(index.analysis(), searcher.getIndexReader(), text);
  }

  /** The query on this reader: each word also matches its learned family in that index. */
  static Query parse(SearchAnalyzers analysis, IndexReader reader, String text) {
    try (Analyzer analyzer = analysis.query(reader)) {
      return parse(analyzer, text, FIELD_WEIGHTS, BooleanClause.Occur.MUST);
    }
  }

  /** The words typed, in the weighted fields, joined by {@code operator} unless the text says. */
  private static Query parse(
      Analyzer analyzer, String text, Map<String, Float> fields, BooleanClause.Occur operator) {
    var parser = new SimpleQueryParser(analyzer, fields);
    parser.setDefaultOperator(operator);
    Query query = parser.parse(text.strip());
    return query == null ? new MatchNoDocsQuery("nothing to search for") : query;
  }

  private static Query withFilters(Query words, SearchRequest request) {
    var query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    if (request.sectionSlug() != null) {
      query.add(
          new TermQuery(new Term(ArticleFields.SECTION_SLUG, request.sectionSlug())),
          BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
      query.add(
          LongPoint.newRangeQuery(ArticleFields.PUBLISHED_POINT, from, to),
          BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  /**
   * The first n hits; hits are counted exactly only up to {@code countUpTo}, past which the rest of
   * the archive is skipped where it cannot enter the top n (a common word then costs little more
   * than a rare one): newest first, the index's own order ends each segment's walk at once; by
   * relevance, {@link FreshTopDocs} ends it where freshness leaves no later article a chance.
   */
  private static TopDocs top(
      IndexSearcher searcher,
      Freshness freshness,
      Query query,
      SearchRequest.Order order,
      int n,
      int countUpTo)
      throws IOException {
    if (order == SearchRequest.Order.NEWEST) {
      return searcher.search(
          query, new TopFieldCollectorManager(FreshTopDocs.NEWEST_FIRST, n, null, countUpTo));
    }
    return FreshTopDocs.search(searcher, query, n, countUpTo, freshness);
  }

  /**
   * Titles and snippets with the words found marked, in one pass over the hits' stored text. Each
   * field is marked with the query's words in that field alone, any of them: the highlighter
   * matches its query against each document and field, and the search's query, every word in six
   * fields, made that its largest cost. The lead is the snippet where the body has no word to show.
   */
  private List<SearchResults.Hit> highlight(IndexSearcher searcher, String text, ScoreDoc[] docs)
      throws IOException {
    // What to mark in each field: each word and phrase typed (widened to its learned family), any
    // of them, in that field only; excluded words are never in a hit.
    Map<String, Query> marks = new HashMap<>();
    try (Analyzer analyzer = index.analysis().query(searcher.getIndexReader())) {
      for (String field : MARKED) {
        marks.put(field, parse(analyzer, text, Map.of(field, 1f), BooleanClause.Occur.SHOULD));
      }
    }
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    var marker = new Marker(searcher, index.analysis().text(), marks);
    Map<String, String[]> marked =
        marker.highlightFields(MARKED, new MatchNoDocsQuery(), ids, new int[] {1, 2, 1});
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Marker.Stored stored = marker.stored(ids[i]);
      String titleHtml = marked.get(ArticleFields.TITLE)[i];
      if (titleHtml == null) {
        titleHtml = escape(stored.title());
      }
      String snippet = marked.get(ArticleFields.BODY)[i];
      if (snippet == null) {
        snippet = marked.get(ArticleFields.LEAD)[i];
      }
      if (snippet == null) {
        snippet = escape(Excerpts.cut(stored.lead(), SNIPPET_LENGTH));
      }
      hits.add(new SearchResults.Hit(stored.id(), titleHtml, snippet));
    }
    return hits;
  }

  /**
   * Marks a title whole and the body or lead in passages of about {@value #SNIPPET_LENGTH}
   * characters cut at sentences, with offsets from the postings (every text field has them).
   */
  private static final class Marker extends UnifiedHighlighter {
    private static final PassageFormatter FORMATTER =
        new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    private static final PassageScores SCORES = new PassageScores();

    private final Map<String, Query> marks;

    /** {@code marks}: what to mark in each field, instead of the query it is given. */
    Marker(IndexSearcher searcher, Analyzer analyzer, Map<String, Query> marks) {
      super(
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(FORMATTER)
              .withScorer(SCORES)
              .withHighlightPhrasesStrictly(true));
      this.marks = marks;
    }

    @Override
    protected FieldHighlighter getFieldHighlighter(
        String field, Query query, Set<Term> allTerms, int maxPassages) {
      Query own = marks.get(field);
      Set<Term> terms = new HashSet<>();
      own.visit(QueryVisitor.termCollector(terms));
      return super.getFieldHighlighter(field, own, terms, maxPassages);
    }

    /** What a hit shows besides its marks, read with the text the highlighter reads. */
    record Stored(long id, String title, String lead) {}

    /** Each document the highlighter read, with its id, title and lead. */
    private final Map<Integer, Stored> read = new HashMap<>();

    /** The article ids the highlighter's reads met, in the order of its documents. */
    private final List<Long> readIds = new ArrayList<>();

    /**
     * The id, title and lead of a hit: kept from the highlighter's read, so the hits' stored fields
     * are decompressed once, not again after highlighting.
     */
    Stored stored(int doc) throws IOException {
      Stored kept = read.get(doc);
      if (kept != null) {
        return kept;
      }
      // Not read with the text (the highlighter found nothing to read it for): read it alone.
      var stored =
          searcher
              .storedFields()
              .document(doc, Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.LEAD));
      return new Stored(
          Long.parseLong(stored.get(ArticleFields.ID)),
          text(stored.get(ArticleFields.TITLE)),
          text(stored.get(ArticleFields.LEAD)));
    }

    private static String text(CharSequence value) {
      return value == null ? "" : value.toString();
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<Integer> order = new ArrayList<>();
      var recorded =
          new FilterDocIdSetIterator(docs) {
            @Override
            public int nextDoc() throws IOException {
              int doc = super.nextDoc();
              if (doc != NO_MORE_DOCS) {
                order.add(doc);
              }
              return doc;
            }
          };
      readIds.clear();
      List<CharSequence[]> values = super.loadFieldValues(fields, recorded, cacheCharsThreshold);
      int title = Arrays.asList(fields).indexOf(ArticleFields.TITLE);
      int lead = Arrays.asList(fields).indexOf(ArticleFields.LEAD);
      if (title >= 0 && lead >= 0 && readIds.size() == values.size()) {
        for (int k = 0; k < values.size(); k++) {
          CharSequence[] row = values.get(k);
          read.put(order.get(k), new Stored(readIds.get(k), text(row[title]), text(row[lead])));
        }
      }
      return values;
    }

    @Override
    protected LimitedStoredFieldVisitor newLimitedStoredFieldsVisitor(String[] fields) {
      return new LimitedStoredFieldVisitor(fields, (char) 0, getMaxLength()) {
        private boolean id;

        @Override
        public Status needsField(FieldInfo field) throws IOException {
          id = field.name.equals(ArticleFields.ID);
          return id ? Status.YES : super.needsField(field);
        }

        @Override
        public void stringField(FieldInfo field, String value) throws IOException {
          if (id) {
            readIds.add(Long.parseLong(value));
          } else {
            super.stringField(field, value);
          }
        }
      };
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      if (field.equals(ArticleFields.TITLE)) {
        return new WholeBreakIterator();
      }
      return LengthGoalBreakIterator.createClosestToLength(
          new SentenceBreaks(), SNIPPET_LENGTH, 0.5f);
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
      // A title without a word found is shown as it is; a text without one gives no snippet.
      return field.equals(ArticleFields.TITLE) ? -1 : 0;
    }
  }

  /**
   * A spelling of the query whose words are all in the articles, when some typed word is not and
   * the new spelling finds something; else null.
   */
  private String suggest(IndexSearcher searcher, SearchRequest request) throws IOException {
    var reader = searcher.getIndexReader();
    var checker = new DirectSpellChecker();
    checker.setMinQueryLength(3);
    List<String> words = words(index.analysis().plain(), request.text());
    if (words.isEmpty()) {
      return null;
    }
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      Term term = new Term(ArticleFields.SPELL, word);
      if (reader.docFreq(term) > 0 || !word.chars().allMatch(Character::isLetter)) {
        corrected.add(word);
        continue;
      }
      SuggestWord[] similar =
          checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (similar.length == 0) {
        corrected.add(word);
      } else {
        corrected.add(similar[0].string);
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    String suggestion = String.join(" ", corrected);
    Query query = withFilters(parse(searcher, suggestion), request);
    return searcher.count(query) > 0 ? suggestion : null;
  }

  private static List<String> words(Analyzer analyzer, String text) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(ArticleFields.SPELL, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(words);
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
