package id.warta.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Indonesian root words (kata dasar) the stemmer may reduce a word to: Warta's own list ({@code
 * search/kata-dasar.txt}), plus an optional list on disk. A list on disk may be a plain list or a
 * hunspell dictionary ({@code word/FLAGS} lines, the first line a count).
 */
final class RootWords {
  static final String BUILT_IN = "search/kata-dasar.txt";

  private final Set<String> words;
  private final String fingerprint;

  private RootWords(Set<String> words) {
    this.words = Set.copyOf(words);
    this.fingerprint = digest(new TreeSet<>(words));
  }

  static RootWords builtIn() {
    return load(null);
  }

  /** The built-in list plus the words of {@code extra}, when given. */
  static RootWords load(Path extra) {
    Set<String> words = new TreeSet<>();
    try (InputStream in = RootWords.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + BUILT_IN);
      }
      read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), words);
      if (extra != null) {
        try (BufferedReader reader = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
          read(reader, words);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read root words", e);
    }
    return new RootWords(words);
  }

  static RootWords of(Set<String> words) {
    return new RootWords(words);
  }

  private static void read(BufferedReader reader, Set<String> into) throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      String word = line.strip();
      int slash = word.indexOf('/');
      if (slash >= 0) {
        word = word.substring(0, slash);
      }
      if (word.isEmpty() || word.startsWith("#") || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      into.add(word.toLowerCase(Locale.ROOT));
    }
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  int size() {
    return words.size();
  }

  /** Changes whenever the list changes: an index built with another list must be rebuilt. */
  String fingerprint() {
    return fingerprint;
  }

  private static String digest(Set<String> sorted) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String w : sorted) {
        sha.update(w.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
