package id.warta.search;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.platform.ChangeFeed;
import id.warta.platform.KeyedCache;
import id.warta.section.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * "Baca Juga": the editor's choices first, then articles like this one by content (Lucene
 * MoreLikeThis over title, tags and body), favouring recent ones and the same section. Never the
 * article itself, never an unpublished one (the index holds only published articles, and what it
 * returns is checked against the database again).
 */
@Service
public class RelatedArticles {
  private static final Logger log = LoggerFactory.getLogger(RelatedArticles.class);
  static final String[] FIELDS = {ArticleFields.TITLE, ArticleFields.TAGS, ArticleFields.BODY};
  static final double HALF_LIFE_DAYS = 60;
  static final int MAX_QUERY_TERMS = 15;

  /**
   * What an article page shows.
   *
   * @param readAlso the inline "Baca Juga:" link, or null
   * @param list the "Baca Juga" list
   */
  public record Choice(ArticleSummary readAlso, List<ArticleSummary> list) {}

  private final SearchIndex index;
  private final PublishedArticles articles;
  private final Clock clock;

  /**
   * Similar articles by content change slowly, and MoreLikeThis is the costliest part of an article
   * page; they are kept a while with the summaries shown of them. A change to the article itself (a
   * draft seen in preview, then published), to one of the similar ones (withdrawn, retitled, its
   * photo or author corrected: article.LinkedChanges) or to the sections drops the entry, on every
   * node, from the change feed, after the index has applied it.
   */
  private final KeyedCache<SimilarKey, List<ArticleSummary>> similar;

  private record SimilarKey(long articleId, long sectionId, int limit, Set<Long> exclude) {}

  RelatedArticles(SearchIndex index, PublishedArticles articles, Clock clock, ChangeFeed feed) {
    this.index = index;
    this.articles = articles;
    this.clock = clock;
    this.similar = feed.newCache(50_000, Duration.ofMinutes(15));
  }

  /**
   * The inline link and the list for an article page: the editor's inline choice, or else the most
   * similar article; the editor's list, filled up to {@code size} with similar articles. An article
   * appears once.
   */
  public Choice choose(
      long articleId,
      long sectionId,
      ArticleSummary chosenReadAlso,
      List<ArticleSummary> chosen,
      int size) {
    List<ArticleSummary> list = new ArrayList<>(chosen.stream().limit(size).toList());
    Set<Long> taken = new HashSet<>();
    taken.add(articleId);
    list.forEach(a -> taken.add(a.id()));
    if (chosenReadAlso != null) {
      taken.add(chosenReadAlso.id());
    }
    int needed = size - list.size() + (chosenReadAlso == null ? 1 : 0);
    List<ArticleSummary> similar =
        needed > 0 ? similar(articleId, sectionId, needed, taken) : List.of();
    ArticleSummary readAlso = chosenReadAlso;
    int next = 0;
    if (readAlso == null && !similar.isEmpty()) {
      readAlso = similar.get(next++);
    }
    while (list.size() < size && next < similar.size()) {
      list.add(similar.get(next++));
    }
    return new Choice(readAlso, List.copyOf(list));
  }

  /** Published articles most like this one, best first, leaving out the ids given. */
  public List<ArticleSummary> similar(
      long articleId, long sectionId, int limit, Collection<Long> exclude) {
    if (limit <= 0) {
      return List.of();
    }
    try {
      return similar.get(
          new SimilarKey(articleId, sectionId, limit, Set.copyOf(exclude)),
          key -> {
            List<Long> ids =
                index.search(
                    searcher -> similarIds(searcher, articleId, sectionId, limit, exclude));
            List<ArticleSummary> found =
                articles.findPublishedSummaries(ids).stream()
                    .filter(a -> a.id() != articleId && !exclude.contains(a.id()))
                    .limit(limit)
                    .toList();
            Set<String> keys = new HashSet<>(ArticleKeys.articles(found));
            keys.add(ArticleKeys.article(articleId));
            keys.add(Section.ALL);
            return new KeyedCache.Loaded<>(found, keys);
          });
    } catch (RuntimeException e) {
      log.warn("Related articles unavailable for article {}", articleId, e);
      return List.of();
    }
  }

  private List<Long> similarIds(
      IndexSearcher searcher, long articleId, long sectionId, int limit, Collection<Long> exclude) {
    try {
      Term self = new Term(ArticleFields.ID, Long.toString(articleId));
      TopDocs found = searcher.search(new TermQuery(self), 1);
      if (found.scoreDocs.length == 0) {
        return List.of();
      }
      var mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(index.analysis().text());
      mlt.setFieldNames(FIELDS);
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMinWordLen(3);
      mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
      if (searcher.getIndexReader().numDocs() >= 1000) {
        // In a real archive, words in more than a tenth of all articles say little about a
        // story and cost the most to look up; tiny indexes need every word they have.
        mlt.setMaxDocFreqPct(10);
      }
      mlt.setBoost(true);
      Query like = mlt.like(found.scoreDocs[0].doc);
      var query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
      query.add(new TermQuery(self), BooleanClause.Occur.MUST_NOT);
      for (long id : exclude) {
        query.add(
            new TermQuery(new Term(ArticleFields.ID, Long.toString(id))),
            BooleanClause.Occur.MUST_NOT);
      }
      Query boosted =
          FunctionScoreQuery.boostByValue(
              query.build(), new RelatedBoost(sectionId, clock.millis(), HALF_LIFE_DAYS));
      List<Long> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(boosted, limit + 5).scoreDocs) {
        ids.add(
            Long.parseLong(
                searcher
                    .storedFields()
                    .document(hit.doc, Set.of(ArticleFields.ID))
                    .get(ArticleFields.ID)));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
