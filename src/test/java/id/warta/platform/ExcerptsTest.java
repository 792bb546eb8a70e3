package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

  @Test
  void cutsOnAWordBoundaryAndAddsAnEllipsis() {
    String text =
        "Kerala, dengan kasus aktif mencapai 154.000-an, menyumbang 37,1 persen pada total kasus"
            + " aktif di India.";
    String excerpt = Excerpts.cut(text, 60);
    assertThat(excerpt).isEqualTo("Kerala, dengan kasus aktif mencapai 154.000-an, menyumbang...");
    assertThat(excerpt.length()).isLessThanOrEqualTo(63);
  }

  @Test
  void neverCutsInsideAWord() {
    String excerpt = Excerpts.cut("Pemerintah memberlakukan pembatasan kegiatan masyarakat", 30);
    assertThat(excerpt).isEqualTo("Pemerintah memberlakukan...");
  }

  @Test
  void dropsPunctuationLeftDanglingAtTheCut() {
    assertThat(Excerpts.cut("Jakarta, Bandung, Surabaya dan Medan", 17))
        .isEqualTo("Jakarta, Bandung...");
  }

  @Test
  void aCompleteSentenceThatFitsIsShownAsItIs() {
    assertThat(Excerpts.cut("Atletik jadi lumbung medali.", 135))
        .isEqualTo("Atletik jadi lumbung medali.");
  }

  @Test
  void aFragmentThatFitsStillSaysItGoesOn() {
    assertThat(Excerpts.cut("Dia senang karena akhirnya bakal disuntik vaksin", 135))
        .isEqualTo("Dia senang karena akhirnya bakal disuntik vaksin...");
  }

  @Test
  void normalisesWhiteSpaceIncludingNonBreakingSpaces() {
    assertThat(Excerpts.cut("KEPALA junta Myanmar\u00a0 berterima\n kasih.", 135))
        .isEqualTo("KEPALA junta Myanmar berterima kasih.");
  }

  @Test
  void aSingleHugeWordIsCutHard() {
    assertThat(Excerpts.cut("a".repeat(50), 10)).isEqualTo("aaaaaaaaaa...");
  }

  @Test
  void emptyOrMissingTextGivesNothing() {
    assertThat(Excerpts.cut(null, 10)).isEmpty();
    assertThat(Excerpts.cut(" \u00a0 ", 10)).isEmpty();
  }
}
