package id.warta.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A word-level diff for showing what changed between two revisions to people, not machines: runs of
 * kept, removed and added words.
 *
 * <p>Myers' diff in linear space (java-diff-utils) compares paragraphs first, then the words of
 * each changed stretch of paragraphs, so memory stays proportional to the texts and time to the
 * size of each change. A changed stretch too large to compare word by word within {@link
 * #MAX_WORD_TOKENS} is shown as removed and added whole; the rest of the text is still compared.
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

  /**
   * Words and spaces of one changed stretch (old and new together) compared word by word. Myers'
   * time grows with tokens × differences: at this size two unrelated stretches of 2,500 words each
   * took about two seconds on a loaded 2-core machine; a usual edit takes milliseconds.
   */
  static final int MAX_WORD_TOKENS = 10_000;

  private TextDiff() {}

  static List<Part> words(String before, String after) {
    List<Part> parts = new ArrayList<>();
    compare(
        paragraphs(before),
        paragraphs(after),
        kept -> keep(parts, kept),
        (removed, added) -> wordsOf(parts, String.join("", removed), String.join("", added)));
    return parts;
  }

  static boolean changed(List<Part> parts) {
    return parts.stream().anyMatch(p -> !p.kept());
  }

  private static void wordsOf(List<Part> parts, String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    if (a.isEmpty() || b.isEmpty() || a.size() + b.size() > MAX_WORD_TOKENS) {
      add(parts, Kind.REMOVED, before);
      add(parts, Kind.ADDED, after);
      return;
    }
    compare(
        a,
        b,
        kept -> keep(parts, kept),
        (removed, added) -> {
          removed.forEach(t -> add(parts, Kind.REMOVED, t));
          added.forEach(t -> add(parts, Kind.ADDED, t));
        });
  }

  /**
   * Walks a diff as stretches kept on both sides and, between them, one change each: everything
   * removed and everything added there (adjacent deltas joined, removals shown first).
   */
  private static void compare(
      List<String> a,
      List<String> b,
      Consumer<List<String>> kept,
      BiConsumer<List<String>, List<String>> change) {
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    for (AbstractDelta<String> delta :
        DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<String>()).getDeltas()) {
      int start = delta.getSource().getPosition();
      if (start > i) {
        flush(removed, added, change);
        kept.accept(a.subList(i, start));
      }
      removed.addAll(delta.getSource().getLines());
      added.addAll(delta.getTarget().getLines());
      i = start + delta.getSource().size();
    }
    flush(removed, added, change);
    if (i < a.size()) {
      kept.accept(a.subList(i, a.size()));
    }
  }

  private static void flush(
      List<String> removed, List<String> added, BiConsumer<List<String>, List<String>> change) {
    if (!removed.isEmpty() || !added.isEmpty()) {
      change.accept(List.copyOf(removed), List.copyOf(added));
      removed.clear();
      added.clear();
    }
  }

  private static void keep(List<Part> parts, List<String> tokens) {
    tokens.forEach(t -> add(parts, Kind.KEPT, t));
  }

  private static void add(List<Part> parts, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!parts.isEmpty() && parts.getLast().kind() == kind) {
      Part last = parts.removeLast();
      parts.add(new Part(kind, last.text() + text));
    } else {
      parts.add(new Part(kind, text));
    }
  }

  /** Paragraphs with the line breaks that end them; joined they give the text. */
  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return paragraphs;
    }
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      paragraphs.add(text.substring(start, end));
      start = end;
    }
    return paragraphs;
  }

  /** Words and the whitespace between them, as separate tokens; joined they give the text. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
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
