package id.warta.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reduces an Indonesian word to its root, but only to a root the dictionary knows: a word whose
 * root cannot be found is left as it is. Lucene's own IndonesianStemFilter strips by rule alone and
 * turns "terima" into "ima" and "pemerintah" into "erintah"; here "berterima" becomes "terima" and
 * "pemerintahan" becomes "perintah", like "pemerintah".
 *
 * <p>Tried in this order, the first known root wins: the word itself; the word without its suffixes
 * (particle -lah/-kah/-tah/-pun, possessive -ku/-mu/-nya, derivational -kan/-an/-i), least stripped
 * first; then up to three prefixes (di-, ke-, se-, ber-, ter-, per-, me-, pe- with their sound
 * changes: mem-, men-, meng-, meny-, menge-...) off each of those forms. Expects lower-case input.
 */
final class IndonesianStemmer {
  private static final int MIN_ROOT = 3;
  private static final int MAX_PREFIXES = 3;
  private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
  private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
  private static final String[] DERIVATIONAL = {"kan", "an", "i"};

  /** Words repeat a lot in news: remember this many answers, the least useful forgotten first. */
  private static final int CACHE_SIZE = 200_000;

  private final RootWords roots;
  private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

  IndonesianStemmer(RootWords roots) {
    this.roots = roots;
  }

  String stem(String word) {
    if (word.length() <= MIN_ROOT || roots.contains(word) || !isLetters(word)) {
      return word;
    }
    return cache.get(word, w -> findRoot(w, this::isRoot, false));
  }

  /** Whether {@code word} is a root of the dictionary (not one learned from the archive). */
  boolean isListed(String word) {
    return roots.contains(word);
  }

  /**
   * The first candidate root of {@code word}, in the order {@link #stem} tries them, that {@code
   * isRoot} accepts; else the word. With {@code strict}, only the prefixes that rarely start a root
   * by chance are taken off (see {@link #prefixCandidates(String, boolean)}).
   */
  static String findRoot(String word, Predicate<String> isRoot, boolean strict) {
    List<String> forms = suffixForms(word);
    for (String form : forms) {
      if (isRoot.test(form)) {
        return form;
      }
    }
    for (String form : forms) {
      String root = withoutPrefixes(form, 0, isRoot, strict);
      if (root != null) {
        return root;
      }
    }
    return word;
  }

  private boolean isRoot(String s) {
    return s.length() >= MIN_ROOT && roots.contains(s);
  }

  /** The word and the forms left by taking off its suffixes, least stripped first. */
  static List<String> suffixForms(String word) {
    Set<String> inflected = new LinkedHashSet<>();
    inflected.add(word);
    String withoutParticle = strip(word, PARTICLES);
    if (withoutParticle != null) {
      inflected.add(withoutParticle);
    }
    for (String s : List.copyOf(inflected)) {
      String withoutPossessive = strip(s, POSSESSIVES);
      if (withoutPossessive != null) {
        inflected.add(withoutPossessive);
      }
    }
    Set<String> forms = new LinkedHashSet<>(inflected);
    for (String s : inflected) {
      for (String suffix : DERIVATIONAL) {
        if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_ROOT) {
          forms.add(s.substring(0, s.length() - suffix.length()));
        }
      }
    }
    return new ArrayList<>(forms);
  }

  private static String strip(String word, String[] suffixes) {
    for (String suffix : suffixes) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return null;
  }

  private static String withoutPrefixes(
      String word, int depth, Predicate<String> isRoot, boolean strict) {
    if (depth == MAX_PREFIXES) {
      return null;
    }
    for (String candidate : prefixCandidates(word, strict)) {
      if (candidate.length() < MIN_ROOT) {
        continue;
      }
      if (isRoot.test(candidate)) {
        return candidate;
      }
      String deeper = withoutPrefixes(candidate, depth + 1, isRoot, strict);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  /**
   * What the word may have been before one prefix was added, the likeliest first. {@code strict}
   * leaves out ke-, se-, bel-/pel- and the bare be-/te-/pe-: a word that merely starts with them
   * ("sejarah", "tetangga", "kepala") is too often a root of its own.
   */
  static List<String> prefixCandidates(String w, boolean strict) {
    List<String> out = new ArrayList<>(4);
    if (w.length() <= MIN_ROOT + 1) {
      return out;
    }
    if (w.startsWith("di") || (!strict && (w.startsWith("ke") || w.startsWith("se")))) {
      out.add(w.substring(2));
    }
    if (w.startsWith("ber") || w.startsWith("ter") || w.startsWith("per")) {
      // "berenang" is be+renang, "berasal" ber+asal: try the root that starts with r first.
      if (isVowel(w, 3)) {
        out.add(w.substring(2));
      }
      out.add(w.substring(3));
    } else if (!strict && (w.startsWith("bel") || w.startsWith("pel"))) {
      out.add(w.substring(3)); // belajar, pelajar
    }
    if (!strict && (w.startsWith("be") || w.startsWith("te") || w.startsWith("pe"))) {
      out.add(w.substring(2)); // bekerja, pekerja, petani
    }
    if (w.startsWith("me") || w.startsWith("pe")) {
      nasalized(w.substring(2), strict, out);
    }
    return out;
  }

  /**
   * Undoes the sound change of me-/pe- before the root: meng-, meny-, mem-, men-. {@code strict}
   * refuses the spellings the rules do not make: men- before t and a vowel ("menteri" is not me- +
   * "teri": t is dropped), me-/pe- straight before other consonants than l, r, w, y ("pesisir" is
   * not pe- + "sisir").
   */
  private static void nasalized(String rest, boolean strict, List<String> out) {
    if (rest.startsWith("ng")) {
      String r = rest.substring(2);
      if (isVowel(r, 0)) {
        out.add(r); // mengambil
        out.add("k" + r); // mengirim
        if (r.startsWith("e")) {
          out.add(r.substring(1)); // mengebom
        }
      } else {
        out.add(r); // menggali, menghadap
      }
    } else if (rest.startsWith("ny")) {
      out.add("s" + rest.substring(2)); // menyapu
      out.add(rest); // menyanyi
    } else if (rest.startsWith("m")) {
      String r = rest.substring(1);
      if (isVowel(r, 0)) {
        out.add(rest); // memakan
        out.add("p" + r); // memukul
      } else {
        out.add(r); // membaca, memperbaiki
      }
    } else if (rest.startsWith("n")) {
      String r = rest.substring(1);
      if (isVowel(r, 0)) {
        out.add("t" + r); // menulis
        out.add(rest); // menanti
      } else if (!strict || !(r.startsWith("t") && isVowel(r, 1))) {
        out.add(r); // mencari, mendapat, menjual
      }
    } else if (!strict || (!rest.isEmpty() && "lrwy".indexOf(rest.charAt(0)) >= 0)) {
      out.add(rest); // melihat, merasa, mewarnai
    }
  }

  private static boolean isVowel(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
  }

  static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
