package id.warta.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * For queries: after each word, the other words of its family at the same position, so the query
 * parser makes one synonym query (any of them matches) of them, or a multi-phrase.
 */
final class WordFamilyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Function<String, List<String>> family;
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State word;

  /** {@code family}: the word itself first, then the others. */
  WordFamilyFilter(TokenStream input, Function<String, List<String>> family) {
    super(input);
    this.family = family;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      List<String> words = family.apply(term.toString());
      if (words.size() > 1) {
        pending.addAll(words.subList(1, words.size()));
        word = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
