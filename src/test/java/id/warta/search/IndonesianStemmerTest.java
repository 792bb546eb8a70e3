package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianStemmerTest {
  static final RootWords ROOTS = RootWords.builtIn();
  final IndonesianStemmer stemmer = new IndonesianStemmer(ROOTS);

  @ParameterizedTest
  @CsvSource({
    "berterima, terima",
    "terima, terima",
    "kebijakan, bijak",
    "bijak, bijak",
    "pemerintahan, perintah",
    "pemerintah, perintah",
    "diperintahkan, perintah",
    "keputusannya, putus",
    "mengatakan, kata",
    "menyatakan, nyata",
    "menulis, tulis",
    "membaca, baca",
    "memukul, pukul",
    "memakan, makan",
    "makanan, makan",
    "mengirim, kirim",
    "mengambil, ambil",
    "memperbaiki, baik",
    "perbaikan, baik",
    "keberhasilan, hasil",
    "berenang, renang",
    "berasal, asal",
    "bekerja, kerja",
    "pelajar, ajar",
    "penerbangan, terbang",
    "pendidikan, didik",
    "menyanyi, nyanyi",
    "dukungan, dukung",
    "kasihnya, kasih",
    "bukankah, bukan",
  })
  void reducesAWordToItsKnownRoot(String word, String root) {
    assertThat(stemmer.stem(word)).isEqualTo(root);
  }

  @ParameterizedTest
  @CsvSource({
    "myanmar",
    "junta",
    "rusia",
    "pemilu2024",
    "ima",
    "erintah",
    "menteri",
    "berani",
    "pertama"
  })
  void leavesAWordAloneWhenNoKnownRootIsFound(String word) {
    assertThat(stemmer.stem(word)).isEqualTo(word);
  }

  @Test
  void analysisDropsStopWordsAndKeepsRoots() {
    var analyzers = new SearchAnalyzers(ROOTS);
    assertThat(
            terms(
                analyzers.text(), "Junta Myanmar Berterima Kasih Atas Dukungan Rusia yang Dahulu"))
        .containsExactly("junta", "myanmar", "terima", "kasih", "atas", "dukung", "rusia");
    assertThat(terms(analyzers.text(), "Kebijakan Pemerintahan dan pemerintah"))
        .containsExactly("bijak", "perintah", "perintah");
  }

  @Test
  void anExtraListAddsRootsAndChangesTheFingerprint() {
    var extended = RootWords.of(java.util.Set.of("junta", "kudeta"));
    assertThat(new IndonesianStemmer(extended).stem("dikudeta")).isEqualTo("kudeta");
    assertThat(stemmer.stem("dikudeta")).isEqualTo("dikudeta");
    assertThat(extended.fingerprint()).isNotEqualTo(ROOTS.fingerprint());
    assertThat(ROOTS.size()).isGreaterThan(900);
  }

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
