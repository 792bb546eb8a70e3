package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The snippet's passages are scored exactly as Lucene scores them, repeated words included. */
class PassageScoresTest {
  private static final String[] WORDS = {"pemerintah", "jalan", "nasional", "banjir", "pem"};

  @Test
  void scoresEveryPassageAsLucenesScorerToTheBit() {
    var lucene = new PassageScorer();
    var ours = new PassageScores();
    var random = new Random(20261203);
    int withRepeats = 0;
    for (int n = 0; n < 5_000; n++) {
      var passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      // Lucene asserts each match lies within the passage: its end is set first
      int end = start + 600 + random.nextInt(200);
      passage.setEndOffset(end);
      int matches = random.nextInt(12);
      int offset = start;
      boolean[] seen = new boolean[WORDS.length];
      boolean repeated = false;
      for (int i = 0; i < matches; i++) {
        int word = random.nextInt(WORDS.length);
        repeated |= seen[word];
        seen[word] = true;
        offset += 1 + random.nextInt(40);
        // a word's frequency in the document is the same at each of its matches, as Lucene gives it
        passage.addMatch(
            offset, offset + WORDS[word].length(), new BytesRef(WORDS[word]), 1 + word * 7);
      }
      if (repeated) {
        withRepeats++;
      }
      int contentLength = passage.getEndOffset() + random.nextInt(10_000);
      assertThat(Float.floatToIntBits(ours.score(passage, contentLength)))
          .as("passage %d: %s", n, passage)
          .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
    }
    assertThat(withRepeats).isGreaterThan(1_000);
  }

  @Test
  void aPassageWithoutMatchesScoresNothing() {
    var passage = new Passage();
    passage.setStartOffset(10);
    passage.setEndOffset(90);
    assertThat(new PassageScores().score(passage, 500)).isZero();
  }
}
