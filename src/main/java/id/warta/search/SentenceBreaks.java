package id.warta.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Where snippets may start and end: the start of a sentence, that is after a full stop, question or
 * exclamation mark (and the quotes or brackets closing there) and the spaces after it, when what
 * follows is not a lower-case letter ("dll. dan" goes on); after a line end; and the text's ends.
 * All boundaries are found when the text is set and looked up by binary search: the JDK's sentence
 * instance, which applies Unicode's full rules at each step, was a tenth of a search's CPU.
 */
final class SentenceBreaks extends BreakIterator {
  private static final String CLOSING = "\"'”’)]»";

  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    int begin = newText.getBeginIndex();
    int end = newText.getEndIndex();
    char[] chars = new char[end - begin];
    char c = newText.first();
    for (int i = 0; i < chars.length; i++, c = newText.next()) {
      chars[i] = c;
    }
    int[] found = new int[16];
    int count = 0;
    found[count++] = begin;
    for (int i = 0; i < chars.length; i++) {
      char ch = chars[i];
      int next;
      if (ch == '.' || ch == '!' || ch == '?') {
        int j = i + 1;
        while (j < chars.length && CLOSING.indexOf(chars[j]) >= 0) {
          j++;
        }
        int k = j;
        while (k < chars.length && Character.isWhitespace(chars[k])) {
          k++;
        }
        if (k == j || k == chars.length || Character.isLowerCase(chars[k])) {
          continue;
        }
        next = k;
      } else if (ch == '\n') {
        int k = i + 1;
        while (k < chars.length && Character.isWhitespace(chars[k])) {
          k++;
        }
        if (k == chars.length) {
          continue;
        }
        next = k;
      } else {
        continue;
      }
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = begin + next;
      i = next - 1;
    }
    if (found[count - 1] != end) {
      if (count == found.length) {
        found = Arrays.copyOf(found, count + 1);
      }
      found[count++] = end;
    }
    bounds = Arrays.copyOf(found, count);
    current = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    current = bounds.length - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0) {
      current = 0;
      return DONE;
    }
    if (target >= bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int current() {
    return bounds[current];
  }

  /** The first boundary after {@code offset}, or DONE (then at the last). */
  @Override
  public int following(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  /** The last boundary before {@code offset}, or DONE (then at the first). */
  @Override
  public int preceding(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, offset);
    i = (i >= 0 ? i : -i - 1) - 1;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public boolean isBoundary(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, offset);
    if (i >= 0) {
      current = i;
      return true;
    }
    following(offset);
    return false;
  }

  private void check(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }
}
