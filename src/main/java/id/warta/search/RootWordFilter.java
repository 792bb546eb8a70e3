package id.warta.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each term by its Indonesian root when the dictionary knows one. */
final class RootWordFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final IndonesianStemmer stemmer;

  RootWordFilter(TokenStream input, IndonesianStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String word = term.toString();
      String root = stemmer.stem(word);
      if (!root.equals(word)) {
        term.setEmpty().append(root);
      }
    }
    return true;
  }
}
