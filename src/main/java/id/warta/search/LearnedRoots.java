package id.warta.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Roots the archive teaches, for words whose root is not in the root-word list: "dievakuasi" and
 * "mengevakuasi" belong to "evakuasi" once some article has "evakuasi" written bare. Asked at query
 * time against the searcher's own reader, so what it knows is the index as it stands (no second
 * copy of the vocabulary in memory) and documents indexed before a root was learned are found too:
 * their words were indexed as written, and a query word is widened to all the index's words of its
 * family (see docs/search.md).
 *
 * <p>A learned root: at least {@link #MIN_LENGTH} letters, written in lower case in the lead or
 * body of at least {@code minArticles} articles (the {@link ArticleFields#WORDS} field; a name such
 * as "Ani" is written with a capital and never counts), not in the list, and not itself reducible
 * to a learned root. Only di-, ber-/ter-/per- and me-/pe- with their sound changes are taken off
 * (ke-, se- and bare be-/te-/pe- start too many roots by chance), and under ber-, ter-, per- or pe-
 * a root shorter than {@link #SURE_LENGTH} must also occur with di- or me- ("penculikan" → "culik"
 * with "diculik"; "pengantin" stays, "kantin" takes neither). A word keeps its own form when the
 * archive shows it as a root in its own right: written bare itself and taking prefixes of its own
 * ("berani" with "keberanian", "tetangga" with "bertetangga").
 */
final class LearnedRoots {
  static final int MIN_LENGTH = 5;

  /**
   * A root this long, found under ber-, ter-, per- or pe-, is taken without more evidence
   * (loanwords: "berkolaborasi", "terkonfirmasi"); a shorter one must also take di- or me-.
   */
  static final int SURE_LENGTH = 7;

  /** A query word is widened to at most this many index words. */
  static final int MAX_FAMILY = 40;

  private static final int MAX_TERMS_PER_BASE = 50;
  private static final int CACHE_SIZE = 100_000;

  private final IndonesianStemmer stemmer;
  private final int minArticles;

  /** Keyed by reader: a new reader (an article published) may know more roots. */
  private final Cache<Key, String> roots = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

  private final Cache<Key, List<String>> families =
      Caffeine.newBuilder().maximumSize(CACHE_SIZE / 10).build();

  /** What a query word stands for, its family or itself: asked once per word, field and search. */
  private final Cache<Key, List<String>> queryWords =
      Caffeine.newBuilder().maximumSize(CACHE_SIZE / 10).build();

  private record Key(Object reader, String word) {}

  LearnedRoots(IndonesianStemmer stemmer, int minArticles) {
    this.stemmer = stemmer;
    this.minArticles = minArticles;
  }

  /** The root the archive teaches for {@code word} (lower case), or the word itself. */
  String root(IndexReader reader, String word) {
    if (!eligible(word)) {
      return word;
    }
    Key key = key(reader, word);
    String known = key == null ? null : roots.getIfPresent(key);
    if (known != null) {
      return known;
    }
    // Not Cache.get(key, loader): finding a root asks for the roots of shorter words.
    String root = findRoot(reader, word);
    if (key != null) {
      roots.put(key, root);
    }
    return root;
  }

  /**
   * The words of the index that share {@code word}'s learned root, the word itself first: what a
   * query for the word should match. Just the word when it has no learned root.
   */
  List<String> family(IndexReader reader, String word) {
    if (!eligible(word)) {
      return List.of(word);
    }
    Key wordKey = key(reader, word);
    List<String> known = wordKey == null ? null : queryWords.getIfPresent(wordKey);
    if (known == null) {
      known = findFamily(reader, word);
      if (wordKey != null) {
        queryWords.put(wordKey, known);
      }
    }
    return known;
  }

  private List<String> findFamily(IndexReader reader, String word) {
    String root = root(reader, word);
    if (!isRoot(reader, root)) {
      return List.of(word);
    }
    Key key = key(reader, root);
    List<String> forms = key == null ? null : families.getIfPresent(key);
    if (forms == null) {
      forms = forms(reader, root);
      if (key != null) {
        families.put(key, forms);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    out.addAll(forms);
    return List.copyOf(out);
  }

  private String findRoot(IndexReader reader, String word) {
    String root = IndonesianStemmer.findRoot(word, c -> !c.equals(word) && isRoot(reader, c), true);
    if (root.equals(word) || IndonesianStemmer.suffixForms(word).contains(root)) {
      return root;
    }
    if (!isVerbal(word) && root.length() < SURE_LENGTH && !takesVerbalPrefixes(reader, root)) {
      return word; // "pengantin" is not peng- + "kantin", nor "terminal" ter- + "minal"
    }
    return occursBare(reader, word) && takesPrefixes(reader, word) ? word : root;
  }

  /** di- and me- make verbs of almost any root; ber-, ter-, per-, pe- words are often roots. */
  private static boolean isVerbal(String word) {
    return word.startsWith("di") || word.startsWith("me");
  }

  /** Whether the archive has {@code root} with di- or me-: then it is a root words derive from. */
  private boolean takesVerbalPrefixes(IndexReader reader, String root) {
    List<String> prefixed = new ArrayList<>();
    prefixed.add("di" + root);
    prefixed.addAll(nasal("me", root));
    return anyStartsWith(reader, prefixed);
  }

  private boolean isRoot(IndexReader reader, String word) {
    return eligible(word) && occursBare(reader, word) && root(reader, word).equals(word);
  }

  /** Long enough, letters only, and left alone by the list's stemmer. */
  private boolean eligible(String word) {
    return word.length() >= MIN_LENGTH
        && IndonesianStemmer.isLetters(word)
        && !stemmer.isListed(word)
        && stemmer.stem(word).equals(word);
  }

  private boolean occursBare(IndexReader reader, String word) {
    try {
      return reader.docFreq(new Term(ArticleFields.WORDS, word)) >= minArticles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether some word of the archive is {@code word} with a prefix of its own. */
  private boolean takesPrefixes(IndexReader reader, String word) {
    List<String> prefixed = new ArrayList<>();
    prefixed.add("ke" + word);
    prefixed.add("di" + word);
    prefixed.add(withPrefix("ber", word));
    prefixed.add(withPrefix("ter", word));
    prefixed.addAll(nasal("me", word));
    prefixed.addAll(nasal("pe", word));
    return anyStartsWith(reader, prefixed);
  }

  private static boolean anyStartsWith(IndexReader reader, List<String> bases) {
    List<String> found = new ArrayList<>();
    scan(reader, bases, 1, found::add);
    return !found.isEmpty();
  }

  /** The root's family: index words starting with the root or a prefixed form of it. */
  private List<String> forms(IndexReader reader, String root) {
    Set<String> out = new LinkedHashSet<>();
    out.add(root);
    scan(
        reader,
        bases(root),
        MAX_TERMS_PER_BASE,
        term -> {
          if (out.size() < MAX_FAMILY && root(reader, term).equals(root)) {
            out.add(term);
          }
        });
    return List.copyOf(out);
  }

  /** The beginnings a derived form of {@code root} may have: up to two prefixes. */
  static Set<String> bases(String root) {
    Set<String> inner = new LinkedHashSet<>();
    inner.add(root);
    inner.add(withPrefix("per", root));
    inner.add(withPrefix("ber", root));
    inner.add(withPrefix("ter", root));
    inner.addAll(nasal("pe", root));
    Set<String> out = new LinkedHashSet<>();
    for (String s : inner) {
      out.add(s);
      out.add("di" + s);
      out.add(withPrefix("ber", s));
      out.add(withPrefix("ter", s));
      out.addAll(nasal("me", s));
      out.addAll(nasal("pe", s));
    }
    return out;
  }

  /** ber-, ter-, per- lose their r before a root starting with r ("berenang"). */
  private static String withPrefix(String prefix, String root) {
    return root.startsWith("r") ? prefix.substring(0, 2) + root : prefix + root;
  }

  /**
   * me-/pe- before the root, with their sound changes; loanwords often keep the first consonant
   * ("memproduksi", "mengkritik"), so both spellings.
   */
  static List<String> nasal(String prefix, String root) {
    char c = root.charAt(0);
    String rest = root.substring(1);
    return switch (c) {
      case 'a', 'i', 'u', 'e', 'o' -> List.of(prefix + "ng" + root);
      case 'b', 'f', 'v' -> List.of(prefix + "m" + root);
      case 'p' -> List.of(prefix + "m" + rest, prefix + "m" + root);
      case 'd', 'c', 'j', 'z' -> List.of(prefix + "n" + root);
      case 't' -> List.of(prefix + "n" + rest, prefix + "n" + root);
      case 's' -> List.of(prefix + "ny" + rest, prefix + "n" + root);
      case 'k' -> List.of(prefix + "ng" + rest, prefix + "ng" + root);
      case 'g', 'h' -> List.of(prefix + "ng" + root);
      default -> List.of(prefix + root);
    };
  }

  /** Feeds {@code found} the spelling field's words that start with one of {@code bases}. */
  private static void scan(
      IndexReader reader, Iterable<String> bases, int perBase, Consumer<String> found) {
    try {
      Terms terms = MultiTerms.getTerms(reader, ArticleFields.SPELL);
      if (terms == null) {
        return;
      }
      TermsEnum words = terms.iterator();
      for (String base : bases) {
        BytesRef start = new BytesRef(base);
        if (words.seekCeil(start) == TermsEnum.SeekStatus.END) {
          continue;
        }
        int n = 0;
        for (BytesRef t = words.term(); t != null && n < perBase; t = words.next(), n++) {
          String word = t.utf8ToString();
          if (!word.startsWith(base)) {
            break;
          }
          found.accept(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Key key(IndexReader reader, String word) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper == null ? null : new Key(helper.getKey(), word);
  }
}
