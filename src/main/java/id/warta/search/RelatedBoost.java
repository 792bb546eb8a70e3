package id.warta.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Multiplies a related article's similarity: recent articles count more (half the weight at {@code
 * halfLifeDays} old, never below a floor so strong older matches still show), and so do articles of
 * the same section.
 */
final class RelatedBoost extends DoubleValuesSource {
  static final double SAME_SECTION = 1.5;
  static final double FLOOR = 0.3;

  private final long sectionId;
  private final Freshness freshness;

  RelatedBoost(long sectionId, long nowMillis, double halfLifeDays) {
    this.sectionId = sectionId;
    this.freshness = new Freshness(nowMillis, halfLifeDays, FLOOR);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues published = DocValues.getNumeric(ctx.reader(), ArticleFields.PUBLISHED);
    NumericDocValues section = DocValues.getNumeric(ctx.reader(), ArticleFields.SECTION_ID);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        double recency = freshness.of(published, doc);
        boolean same = section.advanceExact(doc) && section.longValue() == sectionId;
        value = recency * (same ? SAME_SECTION : 1.0);
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RelatedBoost b && b.sectionId == sectionId && b.freshness.equals(freshness);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sectionId, freshness);
  }

  @Override
  public String toString() {
    return "related-boost(section=" + sectionId + ")";
  }
}
