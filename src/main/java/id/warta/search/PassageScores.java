package id.warta.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 of the passage's words, weighted by where the passage starts),
 * without the hash table Lucene's {@link PassageScorer} builds for every passage it scores: a
 * {@code BytesRefHash} with a 32 KB block, for a passage holding a few words. A common word's
 * search scored dozens of passages per page of results, and these blocks were 21 % of what it
 * allocated (JFR). Here the passage's distinct words are found by comparing each with those before
 * it, in the order Lucene's table numbers them, so the sum and the score are Lucene's to the bit
 * ({@code PassageScoresTest}).
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // distinct[k]: the first match of the k-th distinct word; inPassage[k]: its matches here
    int[] distinct = new int[matches];
    int[] inPassage = new int[matches];
    int distinctCount = 0;
    for (int i = 0; i < matches; i++) {
      int k = 0;
      while (k < distinctCount && !terms[distinct[k]].bytesEquals(terms[i])) {
        k++;
      }
      if (k == distinctCount) {
        distinct[distinctCount++] = i;
      }
      inPassage[k]++;
    }
    double score = 0;
    for (int k = 0; k < distinctCount; k++) {
      score +=
          tf(inPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[k]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
