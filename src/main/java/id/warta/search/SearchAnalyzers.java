package id.warta.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;

/**
 * How text becomes terms. Article text: words, lower case, Indonesian stop words (Lucene's list)
 * dropped, then each word reduced to its root. The spelling field keeps words as written, so a
 * suggestion is a real word from the articles; the vocabulary field keeps the words written in
 * lower case (no names), from which roots are learned. A query also matches the other words of each
 * word's learned family (see {@link LearnedRoots}).
 */
final class SearchAnalyzers {
  /** Bump when analysis changes in a way that needs the index rebuilt. */
  static final int VERSION = 3;

  private final RootWords roots;
  private final IndonesianStemmer stemmer;
  private final LearnedRoots learned;
  private final Analyzer text;
  private final Analyzer plain;
  private final Analyzer perField;

  SearchAnalyzers(RootWords roots) {
    this(roots, 1);
  }

  /** {@code minArticles}: in how many articles a word must be written bare to count as a root. */
  SearchAnalyzers(RootWords roots, int minArticles) {
    this.roots = roots;
    this.stemmer = new IndonesianStemmer(roots);
    this.learned = new LearnedRoots(stemmer, minArticles);
    this.text = textAnalyzer(null);
    this.plain =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        };
    Analyzer vocabulary =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new WrittenInLowerCase(source));
          }
        };
    this.perField =
        new PerFieldAnalyzerWrapper(
            text, Map.of(ArticleFields.SPELL, plain, ArticleFields.WORDS, vocabulary));
  }

  /** Article text; with a reader, each word also stands for its learned family in that index. */
  private Analyzer textAnalyzer(IndexReader reader) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, IndonesianAnalyzer.getDefaultStopSet());
        stream = new RootWordFilter(stream, stemmer);
        if (reader != null) {
          stream = new WordFamilyFilter(stream, word -> learned.family(reader, word));
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /**
   * For parsing a query searched on {@code reader}: article text analysis, each word widened to the
   * words of the index that share its learned root. The index itself holds no learned roots, so
   * what is learned later applies to every document at once. Close it after use.
   */
  Analyzer query(IndexReader reader) {
    return textAnalyzer(reader);
  }

  /** Per field: plain for spelling, lower-case words for the vocabulary, text for the rest. */
  Analyzer index() {
    return perField;
  }

  Analyzer text() {
    return text;
  }

  Analyzer plain() {
    return plain;
  }

  /** Keeps the words written all in lower case: common words, not names or acronyms. */
  private static final class WrittenInLowerCase extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    WrittenInLowerCase(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      for (int i = 0; i < term.length(); i++) {
        if (!Character.isLowerCase(term.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Identifies the analysis: an index written under another one must be rebuilt. */
  String fingerprint() {
    return VERSION + "-" + roots.fingerprint();
  }
}
