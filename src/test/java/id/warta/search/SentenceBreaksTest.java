package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
  static List<String> sentences(String text) {
    var breaks = new SentenceBreaks();
    breaks.setText(text);
    List<String> out = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }

  @Test
  void cutsAfterAStopAndItsSpacesBeforeWhatIsNotLowerCase() {
    assertThat(
            sentences(
                "Banjir surut. \"Kami lega!\" kata warga. Bantuan (beras, minyak, dll.) datang."
                    + " Apa kabar? 3 posko dibuka.\nPenutup"))
        .containsExactly(
            "Banjir surut. ",
            "\"Kami lega!\" kata warga. ",
            "Bantuan (beras, minyak, dll.) datang. ",
            "Apa kabar? ",
            "3 posko dibuka.\n",
            "Penutup");
    assertThat(sentences("Rp1.500.000 naik. Harga 2.5 persen"))
        .containsExactly("Rp1.500.000 naik. ", "Harga 2.5 persen");
    assertThat(sentences("")).isEmpty();
    assertThat(sentences("Satu kalimat.")).containsExactly("Satu kalimat.");
  }

  @Test
  void answersAsTheJdkIteratorsDo() {
    String text = "Satu. Dua. Tiga.";
    var breaks = new SentenceBreaks();
    breaks.setText(text);

    assertThat(breaks.following(0)).isEqualTo(6);
    assertThat(breaks.current()).isEqualTo(6);
    assertThat(breaks.following(6)).isEqualTo(11);
    assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
    assertThat(breaks.current()).isEqualTo(text.length());
    assertThat(breaks.preceding(7)).isEqualTo(6);
    assertThat(breaks.preceding(6)).isEqualTo(0);
    assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(breaks.current()).isZero();
    assertThat(breaks.isBoundary(11)).isTrue();
    assertThat(breaks.isBoundary(12)).isFalse();
    assertThat(breaks.last()).isEqualTo(text.length());
    assertThat(breaks.previous()).isEqualTo(11);
    assertThat(breaks.next(-2)).isEqualTo(0);
    assertThatThrownBy(() -> breaks.following(text.length() + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
