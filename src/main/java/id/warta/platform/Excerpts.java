package id.warta.platform;

/**
 * Teasers cut on a word boundary, as the related list shows them.
 *
 * <p>A cut text ends in "..."; so does a text that stops mid-sentence (a lead written as a
 * fragment), since the reader should see that it goes on. A complete sentence that fits is shown as
 * it is.
 */
public final class Excerpts {
  public static final String ELLIPSIS = "...";

  private Excerpts() {}

  public static String cut(String text, int maxChars) {
    if (text == null) {
      return "";
    }
    String normal = normalizeSpace(text);
    if (normal.isEmpty()) {
      return "";
    }
    if (normal.length() <= maxChars) {
      return endsSentence(normal) || normal.endsWith(ELLIPSIS) ? normal : normal + ELLIPSIS;
    }
    int cut = normal.lastIndexOf(' ', maxChars);
    String head = cut > 0 ? normal.substring(0, cut) : normal.substring(0, maxChars);
    return stripTrailingPunctuation(head) + ELLIPSIS;
  }

  /** Collapses every run of white space, non-breaking spaces included, into one space. */
  public static String normalizeSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ')';
  }

  private static String stripTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && ",;:-–—".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }
}
