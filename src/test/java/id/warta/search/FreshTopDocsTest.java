package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The hits by relevance times freshness are exactly those of scoring every document (Lucene's
 * {@link FunctionScoreQuery} over the whole index), in the same order with the same scores, while
 * far fewer documents are looked at when the word is common.
 */
class FreshTopDocsTest {
  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  static final Freshness FRESHNESS =
      new Freshness(
          NOW.toEpochMilli(), ArticleSearch.HALF_LIFE_DAYS, ArticleSearch.FRESHNESS_FLOOR);
  static final String[] FILLER = "warga kota jalan pasar harga sekolah desa hujan".split(" ");

  static Query banjir() {
    return new BooleanQuery.Builder()
        .add(
            new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE, "banjir")), 4f),
            BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(ArticleFields.BODY, "banjir")), BooleanClause.Occur.SHOULD)
        .build();
  }

  static Document document(int id, String title, String body, Instant published) {
    var doc = new Document();
    doc.add(new StringField(ArticleFields.ID, Integer.toString(id), Field.Store.YES));
    doc.add(new TextField(ArticleFields.TITLE, title, Field.Store.NO));
    doc.add(new TextField(ArticleFields.BODY, body, Field.Store.NO));
    doc.add(new NumericDocValuesField(ArticleFields.PUBLISHED, published.toEpochMilli()));
    return doc;
  }

  /** Articles written in random order over five years, a segment per 500; sorted if asked. */
  static Directory archive(int count, boolean sorted, long seed) throws IOException {
    var directory = new ByteBuffersDirectory();
    var config = new IndexWriterConfig(new StandardAnalyzer());
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    if (sorted) {
      config.setIndexSort(FreshTopDocs.NEWEST_FIRST);
    }
    var random = new Random(seed);
    try (var writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < count; i++) {
        StringBuilder body = new StringBuilder();
        int words = 5 + random.nextInt(40);
        for (int w = 0; w < words; w++) {
          body.append(random.nextInt(6) == 0 ? "banjir" : FILLER[random.nextInt(FILLER.length)]);
          body.append(' ');
        }
        String title =
            (random.nextInt(8) == 0 ? "Banjir " : "")
                + FILLER[random.nextInt(FILLER.length)]
                + " "
                + "panjang ".repeat(random.nextInt(6));
        Instant published = NOW.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
        writer.addDocument(document(i, title, body.toString(), published));
        if (i % 500 == 499) {
          writer.commit();
        }
      }
    }
    return directory;
  }

  /** Every matching document scored, times its freshness: what the shortcut must give. */
  static TopDocs everyDocumentScored(IndexSearcher searcher, Query query, int n)
      throws IOException {
    // RelatedBoost without a section of its own is FRESHNESS: the same floor, the search's half
    // life.
    assertThat(RelatedBoost.FLOOR).isEqualTo(ArticleSearch.FRESHNESS_FLOOR);
    var boosted =
        FunctionScoreQuery.boostByValue(
            query, new RelatedBoost(-1, NOW.toEpochMilli(), ArticleSearch.HALF_LIFE_DAYS));
    return searcher.search(boosted, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
  }

  static List<String> hits(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(d -> d.doc + "=" + d.score).toList();
  }

  @Test
  void givesTheHitsOfScoringEveryDocument() throws IOException {
    for (boolean sorted : new boolean[] {true, false}) {
      for (long seed = 1; seed <= 3; seed++) {
        try (var reader = DirectoryReader.open(archive(3000, sorted, seed))) {
          var searcher = new IndexSearcher(reader);
          searcher.setQueryCache(null);
          for (int n : new int[] {1, 10, 100}) {
            TopDocs expected = everyDocumentScored(searcher, banjir(), n);
            TopDocs found = FreshTopDocs.search(searcher, banjir(), n, 100, FRESHNESS);

            assertThat(hits(found))
                .as("sorted %s, seed %d, top %d", sorted, seed, n)
                .isEqualTo(hits(expected));
          }
        }
      }
    }
  }

  @Test
  void aWordInEveryArticleCostsOnlyItsNewestArticles() throws IOException {
    var directory = new ByteBuffersDirectory();
    var config = new IndexWriterConfig(new StandardAnalyzer());
    config.setIndexSort(FreshTopDocs.NEWEST_FIRST);
    try (var writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 5000; i++) {
        // The same words everywhere, one article a day: BM25 alone could skip nothing.
        writer.addDocument(
            document(i, "Banjir Lagi", "banjir di kota", NOW.minus(Duration.ofDays(i))));
      }
    }
    try (var reader = DirectoryReader.open(directory)) {
      var searcher = new IndexSearcher(reader);
      TopDocs found = FreshTopDocs.search(searcher, banjir(), 10, 100, FRESHNESS);
      TopDocs expected = everyDocumentScored(searcher, banjir(), 10);

      assertThat(hits(found)).isEqualTo(hits(expected));
      assertThat(ids(searcher, found)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
      assertThat(found.totalHits.relation()).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
      // Counted past 100, then stopped within the first year: not the 5,000 articles that match.
      assertThat(found.totalHits.value()).isBetween(101L, 365L);
    }
  }

  @Test
  void anEqualScoreKeepsTheNewerArticleFirst() throws IOException {
    var directory = new ByteBuffersDirectory();
    var config = new IndexWriterConfig(new StandardAnalyzer());
    config.setIndexSort(FreshTopDocs.NEWEST_FIRST);
    Instant old = NOW.minus(Duration.ofDays(3650));
    try (var writer = new IndexWriter(directory, config)) {
      writer.addDocument(document(1, "Banjir", "banjir", old.minus(Duration.ofDays(1))));
      writer.addDocument(document(2, "Banjir", "banjir", old));
    }
    try (var reader = DirectoryReader.open(directory)) {
      var searcher = new IndexSearcher(reader);
      TopDocs found = FreshTopDocs.search(searcher, banjir(), 2, 100, FRESHNESS);

      assertThat(found.scoreDocs[0].score).isEqualTo(found.scoreDocs[1].score);
      assertThat(ids(searcher, found)).containsExactly(2, 1);
    }
  }

  static List<Integer> ids(IndexSearcher searcher, TopDocs top) throws IOException {
    var stored = searcher.storedFields();
    Integer[] ids = new Integer[top.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ScoreDoc doc = top.scoreDocs[i];
      ids[i] = Integer.parseInt(stored.document(doc.doc).get(ArticleFields.ID));
    }
    return List.of(ids);
  }
}
