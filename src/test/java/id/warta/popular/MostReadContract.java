package id.warta.popular;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.EmptyDatabase;
import id.warta.MutableClock;
import id.warta.article.ArticleStatus;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.TestContent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Berita Populer from real page views, on SQLite and PostgreSQL. Each test starts on an empty
 * database at the same fixed time, so views recorded by other tests never count.
 */
abstract class MostReadContract {
  static final String READER =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36";

  @Autowired ApplicationContext context;
  @Autowired PageViewRepository repository;
  @Autowired PublishedArticles articles;
  @Autowired JdbcClient jdbc;

  TestContent content;
  MutableClock clock;
  PageViewCounter counter;
  MostRead mostRead;

  @BeforeEach
  void setUp() {
    EmptyDatabase.empty(context);
    content = TestContent.of(context);
    clock = new MutableClock(Instant.parse("2021-06-24T00:00:00Z"));
    counter = new PageViewCounter(repository, clock);
    mostRead = new MostRead(repository, articles, clock);
  }

  long article(String title) {
    return content
        .article(content.section("Kanal"), content.author("Penulis"))
        .title(title)
        .create();
  }

  void view(long id, int times) {
    for (int i = 0; i < times; i++) {
      counter.record(id, READER);
    }
  }

  @Test
  void viewsAreBufferedAndWrittenInOneBatchPerFlush() {
    long id = article("Dibaca");
    view(id, 25);
    assertThat(mostRead.totalViews(id)).isZero();
    assertThat(rowsFor(id)).isZero();

    counter.flush();

    assertThat(mostRead.totalViews(id)).isEqualTo(25);
    assertThat(rowsFor(id)).isEqualTo(1);
    view(id, 5);
    counter.flush();
    assertThat(mostRead.totalViews(id)).isEqualTo(30);
    assertThat(rowsFor(id)).as("same hour, same row").isEqualTo(1);
  }

  @Test
  void noViewIsLostOrCountedTwiceWhenFlushesTakeTheCountsWhileReadersAreCounted() throws Exception {
    long first = article("Ramai");
    long second = article("Ramai juga");
    int readers = 4;
    int viewsEach = 50_000;
    var threads = Executors.newFixedThreadPool(readers + 1);
    try {
      var counting = new ArrayList<Future<?>>();
      for (int r = 0; r < readers; r++) {
        counting.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < viewsEach; i++) {
                    counter.record(i % 2 == 0 ? first : second, READER);
                  }
                }));
      }
      // Two flushers all along (the scheduled flush and shutdown's may meet), each taking the
      // counts of both articles while readers add to them.
      Runnable flushing =
          () -> {
            while (!counting.stream().allMatch(Future::isDone)) {
              counter.flush();
            }
          };
      Future<?> otherFlusher = threads.submit(flushing);
      flushing.run();
      otherFlusher.get();
      for (var reader : counting) {
        reader.get();
      }
    } finally {
      threads.shutdownNow();
    }
    counter.flush();

    assertThat(mostRead.totalViews(first)).isEqualTo((long) readers * viewsEach / 2);
    assertThat(mostRead.totalViews(second)).isEqualTo((long) readers * viewsEach / 2);
  }

  @Test
  void theMostReadOfTheLast24HoursComeFirst() {
    long a = article("Sedikit dibaca");
    long b = article("Paling dibaca");
    long c = article("Cukup dibaca");
    view(a, 2);
    view(b, 9);
    view(c, 5);
    counter.flush();

    assertThat(mostRead.top(3)).extracting(ArticleSummary::id).containsExactly(b, c, a);
  }

  @Test
  void viewsOlderThan24HoursCountOnlyWhenTooFewWereRead() {
    long old = article("Dibaca kemarin lusa");
    view(old, 50);
    counter.flush();
    clock.advance(Duration.ofHours(30));
    long recent1 = article("Baru 1");
    long recent2 = article("Baru 2");
    view(recent1, 3);
    view(recent2, 1);
    counter.flush();

    // Only two were read in the last 24 hours: too few for three, so the week counts.
    assertThat(mostRead.top(3))
        .extracting(ArticleSummary::id)
        .containsExactly(old, recent1, recent2);
    // Two are enough for two: the last 24 hours decide.
    assertThat(mostRead.top(2)).extracting(ArticleSummary::id).containsExactly(recent1, recent2);

    clock.advance(Duration.ofDays(8));
    assertThat(mostRead.top(3)).isEmpty();
  }

  @Test
  void botsAreNotCountedAndNoReaderDataIsStored() {
    long id = article("Dikunjungi bot");
    counter.record(id, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    counter.record(id, "curl/8.5.0");
    counter.record(id, null);
    counter.record(id, "");
    counter.record(id, "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/130.0 Safari/537.36");
    counter.flush();
    assertThat(mostRead.totalViews(id)).isZero();

    java.util.List<String> columns =
        jdbc.sql("SELECT * FROM article_view_hour LIMIT 0")
            .query(
                (org.springframework.jdbc.core.ResultSetExtractor<java.util.List<String>>)
                    rs -> {
                      var meta = rs.getMetaData();
                      var names = new java.util.ArrayList<String>();
                      for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                      }
                      return names;
                    });
    assertThat(columns).containsExactly("article_id", "hour", "views");
  }

  @Test
  void unpublishedArticlesNeverShowAsPopular() {
    long hidden =
        content
            .article(content.section("Kanal"), content.author("Penulis"))
            .status(ArticleStatus.DRAFT)
            .create();
    view(hidden, 100);
    counter.flush();
    assertThat(mostRead.top(5)).extracting(ArticleSummary::id).doesNotContain(hidden);
  }

  private long rowsFor(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM article_view_hour WHERE article_id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
