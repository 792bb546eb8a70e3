package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.EmptyDatabase;
import id.warta.author.Author;
import id.warta.section.Section;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The reads behind the article sitemaps, on SQLite ({@code PublishedMonthsTest}) and PostgreSQL
 * ({@code PublishedMonthsIT}): months counted and dated in one statement, a month's articles in
 * parts, oldest first.
 */
abstract class PublishedMonthsContract {
  static final Instant JAN = Instant.parse("2020-01-01T00:00:00Z");
  static final Instant FEB = Instant.parse("2020-02-01T00:00:00Z");
  static final Instant MAR = Instant.parse("2020-03-01T00:00:00Z");
  static final Instant APR = Instant.parse("2020-04-01T00:00:00Z");

  @Autowired ApplicationContext context;
  @Autowired PublishedMonths months;

  /** Each case counts the whole archive: it starts from an empty one. */
  @BeforeEach
  void emptyArchive() {
    EmptyDatabase.empty(context);
  }

  @Test
  void eachPeriodIsCountedAndDatedByItsPublishedArticlesOnly() {
    var content = TestContent.of(context);
    Section section = content.section("Bulanan");
    Author author = content.author("Penulis Bulanan");
    Instant early = Instant.parse("2020-01-03T05:00:00Z");
    Instant late = Instant.parse("2020-01-31T23:59:59Z");
    Instant march = Instant.parse("2020-03-10T00:00:00Z");
    content.article(section, author).publishedAt(early).create();
    content.article(section, author).publishedAt(late).create();
    content.article(section, author).publishedAt(FEB).status(ArticleStatus.DRAFT).create();
    content.article(section, author).publishedAt(march).create();
    content.article(section, author).publishedAt(APR).create(); // the end is exclusive

    List<PublishedSpan> spans = months.spans(List.of(JAN, FEB, MAR, APR));

    assertThat(spans).extracting(PublishedSpan::count).containsExactly(2L, 0L, 1L);
    assertThat(spans.get(0).firstPublished()).isEqualTo(early);
    assertThat(spans.get(0).lastPublished()).isEqualTo(late);
    assertThat(spans.get(0).lastUpdated()).isEqualTo(late);
    assertThat(spans.get(1).lastUpdated()).isNull();
    assertThat(spans.get(2).lastUpdated()).isEqualTo(march);
    assertThat(months.spans(List.of(JAN))).isEmpty();
    var ends = months.ends();
    assertThat(ends.firstPublished()).isEqualTo(early);
    assertThat(ends.lastPublished()).isEqualTo(APR);
  }

  @Test
  void moreThanOneStatementsWorthOfPeriodsAreAllCounted() {
    var content = TestContent.of(context);
    Section section = content.section("Panjang");
    Author author = content.author("Penulis Panjang");
    Instant last = Instant.parse("2000-01-01T00:00:00Z").plusSeconds(86_400L * 450);
    content.article(section, author).publishedAt(last).create();
    List<Instant> days = new java.util.ArrayList<>();
    for (int day = 0; day <= PublishedMonths.PERIODS_PER_STATEMENT + 60; day++) {
      days.add(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(86_400L * day));
    }

    List<PublishedSpan> spans = months.spans(days);

    assertThat(spans).hasSize(days.size() - 1);
    assertThat(spans.get(450).count()).isEqualTo(1);
    assertThat(spans.stream().mapToLong(PublishedSpan::count).sum()).isEqualTo(1);
  }

  @Test
  void aMonthIsReadInPartsOldestFirstWithTheAddressesOfItsArticles() {
    var content = TestContent.of(context);
    Section section = content.section("Bagian");
    Author author = content.author("Penulis Bagian");
    long second =
        content
            .article(section, author)
            .publishedAt(Instant.parse("2020-01-20T00:00:00Z"))
            .create();
    long first =
        content
            .article(section, author)
            .publishedAt(Instant.parse("2020-01-10T00:00:00Z"))
            .create();
    long third =
        content
            .article(section, author)
            .publishedAt(Instant.parse("2020-01-30T00:00:00Z"))
            .create();
    content.article(section, author).publishedAt(FEB).create();

    List<ArticleSummary> one = months.links(JAN, FEB, 0, 2);
    List<ArticleSummary> two = months.links(JAN, FEB, 2, 2);

    assertThat(one).extracting(ArticleSummary::id).containsExactly(first, second);
    assertThat(two).extracting(ArticleSummary::id).containsExactly(third);
    assertThat(one.getFirst().path()).startsWith("/" + section.slug() + "/" + first + "/");
    assertThat(one.getFirst().updatedAt()).isEqualTo(Instant.parse("2020-01-10T00:00:00Z"));
  }

  @Test
  void eachSectionKnowsItsNewestPublication() {
    var content = TestContent.of(context);
    Section busy = content.section("Ramai");
    Section quiet = content.section("Sepi");
    Author author = content.author("Penulis Ramai");
    content.article(busy, author).publishedAt(JAN).create();
    content.article(busy, author).publishedAt(MAR).create();
    content.article(quiet, author).publishedAt(APR).status(ArticleStatus.DRAFT).create();

    var newest = months.lastPublishedBySection();

    assertThat(newest).containsEntry(busy.id(), MAR).doesNotContainKey(quiet.id());
  }
}
