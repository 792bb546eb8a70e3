package id.warta.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms. Article text: words, lower case, Indonesian stop words (Lucene's list)
 * dropped, then each word reduced to its root. The spelling field keeps words as written, so a
 * suggestion is a real word from the articles.
 */
final class SearchAnalyzers {
  /** Bump when analysis changes in a way that needs the index rebuilt. */
  static final int VERSION = 2;

  private final RootWords roots;
  private final Analyzer text;
  private final Analyzer plain;
  private final Analyzer perField;

  SearchAnalyzers(RootWords roots) {
    this.roots = roots;
    IndonesianStemmer stemmer = new IndonesianStemmer(roots);
    this.text =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, IndonesianAnalyzer.getDefaultStopSet());
            stream = new RootWordFilter(stream, stemmer);
            return new TokenStreamComponents(source, stream);
          }
        };
    this.plain =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        };
    this.perField = new PerFieldAnalyzerWrapper(text, Map.of(ArticleFields.SPELL, plain));
  }

  /** Per field: plain for the spelling field, Indonesian text for the rest. */
  Analyzer index() {
    return perField;
  }

  Analyzer text() {
    return text;
  }

  Analyzer plain() {
    return plain;
  }

  /** Identifies the analysis: an index written under another one must be rebuilt. */
  String fingerprint() {
    return VERSION + "-" + roots.fingerprint();
  }
}
