package id.warta.newsroom;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff (longest common subsequence) for showing what changed between two revisions
 * to people, not machines: runs of kept, removed and added words.
 */
public final class TextDiff {
  /** A run of words: kept (both), removed (only in the old), or added (only in the new). */
  public record Part(Kind kind, String text) {
    public boolean kept() {
      return kind == Kind.KEPT;
    }

    public boolean removed() {
      return kind == Kind.REMOVED;
    }

    public boolean added() {
      return kind == Kind.ADDED;
    }
  }

  public enum Kind {
    KEPT,
    REMOVED,
    ADDED
  }

  /** Longer texts are compared paragraph by paragraph instead (the LCS table is n×m). */
  private static final int MAX_CELLS = 4_000_000;

  private TextDiff() {}

  static List<Part> words(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    if ((long) a.size() * b.size() > MAX_CELLS) {
      return coarse(before, after);
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        add(parts, Kind.KEPT, a.get(i));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(parts, Kind.ADDED, b.get(j));
        j++;
      } else {
        add(parts, Kind.REMOVED, a.get(i));
        i++;
      }
    }
    return parts;
  }

  static boolean changed(List<Part> parts) {
    return parts.stream().anyMatch(p -> !p.kept());
  }

  private static List<Part> coarse(String before, String after) {
    if (before.equals(after)) {
      return List.of(new Part(Kind.KEPT, before));
    }
    return List.of(new Part(Kind.REMOVED, before), new Part(Kind.ADDED, after));
  }

  private static void add(List<Part> parts, Kind kind, String token) {
    if (!parts.isEmpty() && parts.getLast().kind() == kind) {
      Part last = parts.removeLast();
      parts.add(new Part(kind, last.text() + token));
    } else {
      parts.add(new Part(kind, token));
    }
  }

  /** Words and the whitespace between them, as separate tokens; joined they give the text. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    int start = 0;
    while (start < text.length()) {
      boolean space = Character.isWhitespace(text.charAt(start));
      int end = start;
      while (end < text.length() && Character.isWhitespace(text.charAt(end)) == space) {
        end++;
      }
      tokens.add(text.substring(start, end));
      start = end;
    }
    return tokens;
  }
}
