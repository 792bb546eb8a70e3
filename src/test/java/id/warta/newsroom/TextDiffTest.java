package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.newsroom.TextDiff.Kind;
import id.warta.newsroom.TextDiff.Part;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void marksTheChangedWordsAndKeepsTheRest() {
    List<Part> parts =
        TextDiff.words(
            "Gubernur meresmikan jembatan baru.", "Gubernur meresmikan jembatan panjang.");
    assertThat(parts)
        .containsExactly(
            new Part(Kind.KEPT, "Gubernur meresmikan jembatan "),
            new Part(Kind.REMOVED, "baru."),
            new Part(Kind.ADDED, "panjang."));
    assertThat(TextDiff.changed(parts)).isTrue();
  }

  @Test
  void sameTextIsOneKeptRunAndEmptyTextsNothing() {
    assertThat(TextDiff.words("Sama saja.", "Sama saja."))
        .containsExactly(new Part(Kind.KEPT, "Sama saja."));
    assertThat(TextDiff.changed(TextDiff.words("Sama saja.", "Sama saja."))).isFalse();
    assertThat(TextDiff.words("", "")).isEmpty();
    assertThat(TextDiff.words(null, "Baru")).containsExactly(new Part(Kind.ADDED, "Baru"));
  }

  @Test
  void anAddedParagraphIsAddedWhole() {
    List<Part> parts = TextDiff.words("Satu.\n\nTiga.", "Satu.\n\nDua.\n\nTiga.");
    assertThat(parts.stream().filter(Part::added).map(Part::text)).containsExactly("Dua.\n\n");
    assertThat(parts.stream().filter(Part::removed)).isEmpty();
  }

  @Test
  void theOldAndNewTextsCanBeReadBackFromEveryComparison() {
    Random random = new Random(16);
    String[] words = {"a", "b", "c", "kata", "jalan", " ", "  ", "\n\n", "\n"};
    for (int round = 0; round < 500; round++) {
      String before = text(random, words, random.nextInt(40));
      String after = text(random, words, random.nextInt(40));
      List<Part> parts = TextDiff.words(before, after);
      assertThat(join(parts, Kind.ADDED)).isEqualTo(before);
      assertThat(join(parts, Kind.REMOVED)).isEqualTo(after);
    }
  }

  @Test
  void oneWordChangedInAVeryLongArticleIsStillShownAsOneWord() {
    String body = paragraphs(2_000, "awal");
    String edited = body.replace("kata1000 ", "ubah1000 ");
    List<Part> parts = TextDiff.words(body, edited);
    assertThat(parts.stream().filter(p -> !p.kept()).map(Part::text))
        .containsExactly("kata1000", "ubah1000");
    assertThat(join(parts, Kind.ADDED)).isEqualTo(body);
  }

  @Test
  void anUnrelatedRewriteIsComparedWordByWord() {
    int words = 500;
    String before = words("lama", words);
    String after = words("baru", words);
    List<Part> parts = TextDiff.words(before, after);
    assertThat(parts).hasSize(3 * words - 1);
    assertThat(join(parts, Kind.ADDED)).isEqualTo(before);
    assertThat(join(parts, Kind.REMOVED)).isEqualTo(after);
  }

  @Test
  void aChangedStretchBeyondTheLimitIsShownRemovedAndAddedWholeAndTheRestStillCompared() {
    String before = words("lama", TextDiff.MAX_WORD_TOKENS) + "\n\nPenutup tetap.";
    String after = words("baru", TextDiff.MAX_WORD_TOKENS) + "\n\nPenutup tetap.";
    assertThat(TextDiff.words(before, after))
        .containsExactly(
            new Part(Kind.REMOVED, words("lama", TextDiff.MAX_WORD_TOKENS) + "\n\n"),
            new Part(Kind.ADDED, words("baru", TextDiff.MAX_WORD_TOKENS) + "\n\n"),
            new Part(Kind.KEPT, "Penutup tetap."));
  }

  private static String words(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
  }

  private static String paragraphs(int count, String prefix) {
    return IntStream.range(0, count)
        .mapToObj(i -> prefix + " kata" + i + " dan kalimat yang cukup panjang untuk paragraf.")
        .collect(Collectors.joining("\n\n"));
  }

  private static String text(Random random, String[] words, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(words[random.nextInt(words.length)]);
    }
    return text.toString();
  }

  /** The text a reader of one side sees: every part except those of the other side. */
  private static String join(List<Part> parts, Kind other) {
    return parts.stream()
        .filter(p -> p.kind() != other)
        .map(Part::text)
        .collect(Collectors.joining());
  }
}
