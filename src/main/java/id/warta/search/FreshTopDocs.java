package id.warta.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The most relevant hits, relevance being the query's BM25 score times the article's {@link
 * Freshness}, found without scoring the whole archive.
 *
 * <p>The index is sorted newest first ({@link #NEWEST_FIRST}), so within a segment freshness never
 * rises from one document to the next. Once the hits are counted past {@code countUpTo}, the top
 * hits' lowest score is known; when even the segment's highest possible BM25 score times the
 * current document's freshness falls below it, no later document of the segment can enter, and the
 * segment is left. A word in every tenth article of a million then costs the articles of its last
 * weeks, not its fifty thousand title matches. Documents still enter in the order Lucene's own
 * collector takes them: equal scores keep the newer article first.
 *
 * <p>A segment that is not sorted newest first (none should be) is scored whole: the answer is the
 * same, only slower.
 */
final class FreshTopDocs {
  /** The index order: newest first, by publication time. */
  static final Sort NEWEST_FIRST =
      new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true));

  private FreshTopDocs() {}

  /**
   * The first {@code n} hits by relevance; hits counted exactly up to {@code countUpTo}, as Lucene
   * counts them ({@link TopDocs#totalHits} says when it is a lower bound).
   */
  static TopDocs search(
      IndexSearcher searcher, Query query, int n, int countUpTo, Freshness freshness)
      throws IOException {
    TopScoreDocCollector top =
        new TopScoreDocCollectorManager(n, null, countUpTo, false).newCollector();
    Weight weight = searcher.createWeight(searcher.rewrite(query), top.scoreMode(), 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier bound = weight.scorerSupplier(leaf);
      if (bound == null) {
        continue; // nothing matches here
      }
      LeafCollector inner;
      try {
        inner = top.getLeafCollector(leaf);
      } catch (CollectionTerminatedException e) {
        continue;
      }
      float maxScore =
          NEWEST_FIRST.equals(leaf.reader().getMetaData().sort())
              ? maxScore(bound)
              : Float.POSITIVE_INFINITY;
      var collector =
          new Leaf(
              inner,
              DocValues.getNumeric(leaf.reader(), ArticleFields.PUBLISHED),
              freshness,
              maxScore);
      BulkScorer scorer = weight.bulkScorer(leaf);
      if (scorer != null) {
        try {
          scorer.score(collector, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        } catch (CollectionTerminatedException e) {
          // the rest of this segment cannot compete
        }
      }
      collector.finish();
    }
    return top.topDocs();
  }

  /** The highest BM25 score any document of the segment can have. */
  private static float maxScore(ScorerSupplier supplier) throws IOException {
    supplier.setTopLevelScoringClause();
    Scorer scorer = supplier.get(Long.MAX_VALUE);
    scorer.advanceShallow(0);
    return scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
  }

  private static final class Leaf implements LeafCollector {
    private final LeafCollector inner;
    private final NumericDocValues published;
    private final double maxScore;
    private final FreshScore score;

    Leaf(LeafCollector inner, NumericDocValues published, Freshness freshness, double maxScore) {
      this.inner = inner;
      this.published = published;
      this.maxScore = maxScore;
      this.score = new FreshScore(freshness);
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      score.bm25 = scorer;
      inner.setScorer(score);
    }

    @Override
    public void collect(int doc) throws IOException {
      double fresh = score.freshness.of(published, doc);
      // Documents come in index order: none after this one is fresher.
      if ((float) (maxScore * fresh) < score.minCompetitive) {
        throw new CollectionTerminatedException();
      }
      score.fresh = fresh;
      inner.collect(doc);
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return inner.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      inner.finish();
    }
  }

  /** BM25 times freshness; a threshold on it holds for BM25 too, as freshness is at most 1. */
  private static final class FreshScore extends Scorable {
    final Freshness freshness;
    Scorable bm25;
    double fresh;
    float minCompetitive;

    FreshScore(Freshness freshness) {
      this.freshness = freshness;
    }

    @Override
    public float score() throws IOException {
      return (float) (bm25.score() * fresh);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      minCompetitive = minScore;
      bm25.setMinCompetitiveScore(minScore);
    }
  }
}
