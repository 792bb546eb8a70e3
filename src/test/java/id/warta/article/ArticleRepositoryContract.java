package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.author.Author;
import id.warta.section.Section;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What the site relies on from the article tables; runs on SQLite ({@code ArticleRepositoryTest})
 * and on PostgreSQL ({@code ArticleRepositoryIT}) with the same migrations.
 */
abstract class ArticleRepositoryContract {
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired ArticleRepository articles;
  @Autowired PublishedArticles published;
  @Autowired ArticleListings listings;
  @Autowired WholeArticles whole;

  TestContent content;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal");
    author = content.author("Penulis");
  }

  @Test
  void storesAndReadsBackEveryFieldOfAnArticle() {
    var photo = content.image("AFP", "Keterangan foto", "Teks alternatif");
    Instant published = Instant.parse("2021-06-23T05:15:00Z");
    long id =
        content
            .article(section, author)
            .title("Junta Myanmar Berterima Kasih Atas Dukungan Rusia")
            .lead("Ringkasan")
            .body("<p>KEPALA junta Myanmar berterima kasih.</p>")
            .source("Malay Mail", "OL-13")
            .image(photo)
            .publishedAt(published)
            .tags("Myanmar", "Rusia")
            .create();

    Article article = articles.findById(id).orElseThrow();
    assertThat(article.title()).isEqualTo("Junta Myanmar Berterima Kasih Atas Dukungan Rusia");
    assertThat(article.slug()).isEqualTo("junta-myanmar-berterima-kasih-atas-dukungan-rusia");
    assertThat(article.sectionId()).isEqualTo(section.id());
    assertThat(article.bodyHtml()).isEqualTo("<p>KEPALA junta Myanmar berterima kasih.</p>");
    assertThat(article.attribution()).isEqualTo("(Malay Mail/OL-13)");
    assertThat(article.leadMediaId()).isEqualTo(photo.id());
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.publishedAt()).isEqualTo(published);
    assertThat(articles.findAuthors(id)).extracting(Author::name).containsExactly(author.name());
    assertThat(articles.findTags(id)).extracting(Tag::name).containsExactly("Myanmar", "Rusia");
  }

  @Test
  void theReadingHoldsWhatThePageShowsBesideTheArticleWithItsPhotos() {
    var lead = content.image("AFP", "Foto utama", "Teks foto utama");
    var social = content.image("Antara", "Foto untuk dibagikan", "Teks foto dibagikan");
    long other = content.article(section, author).title("Artikel Lain").create();
    long id =
        content
            .article(section, author)
            .title("Artikel Dibaca")
            .image(lead)
            .seo(new ArticleSeo("", "", social.id()))
            .tags("Banjir", "Jakarta")
            .related(other)
            .readAlso(other)
            .create();

    ArticleReading reading = whole.reading(articles.findById(id).orElseThrow());

    assertThat(reading.whole().authors()).extracting(Author::name).containsExactly(author.name());
    assertThat(reading.whole().tags()).extracting(Tag::name).containsExactly("Banjir", "Jakarta");
    assertThat(reading.related()).extracting(ArticleSummary::title).containsExactly("Artikel Lain");
    assertThat(reading.readAlso().title()).isEqualTo("Artikel Lain");
    assertThat(reading.photos()).containsExactlyInAnyOrder(lead, social);
    assertThat(reading.photo(lead.id())).isEqualTo(lead);
    assertThat(reading.photo(lead.id()).width()).isEqualTo(900);
    assertThat(reading.photo(social.id()).credit()).isEqualTo("Antara");
    assertThat(reading.photo(null)).isNull();

    long plain = content.article(section, author).title("Tanpa Foto").create();
    assertThat(whole.reading(articles.findById(plain).orElseThrow()).photos()).isEmpty();
  }

  @Test
  void storesSeoFieldsAndChangesThemWithTheArticle() {
    var social = content.image("AFP", "Foto untuk dibagikan", "Teks alternatif");
    long id =
        content
            .article(section, author)
            .title("Judul Panjang di Halaman")
            .lead("Ringkasan di halaman")
            .seo(
                new ArticleSeo(
                    "Judul Pendek untuk Google", "Deskripsi untuk mesin pencari", social.id()))
            .create();

    Article article = articles.findById(id).orElseThrow();
    assertThat(article.seo())
        .isEqualTo(
            new ArticleSeo(
                "Judul Pendek untuk Google", "Deskripsi untuk mesin pencari", social.id()));
    assertThat(whole.complete(article).article().seo()).isEqualTo(article.seo());
    assertThat(articles.titlesUsing(social.id(), social.fileKey()))
        .contains("Judul Panjang di Halaman");

    assertThat(
            articles.update(
                id,
                article.version(),
                new ArticleDraft(
                    section.id(),
                    article.title(),
                    article.slug(),
                    article.lead(),
                    article.bodyHtml(),
                    "",
                    "",
                    null,
                    null,
                    article.status(),
                    article.publishedAt(),
                    null,
                    List.of(author.id()),
                    List.of(),
                    List.of(),
                    ArticleSeo.NONE),
                article.slug(),
                article.bodyHtml(),
                article.publishedAt(),
                article.updatedAt()))
        .isPresent();
    Article cleared = articles.findById(id).orElseThrow();
    assertThat(cleared.seo()).isEqualTo(ArticleSeo.NONE);
    assertThat(cleared.seo().titleOr(cleared.title())).isEqualTo("Judul Panjang di Halaman");
    assertThat(cleared.seo().descriptionOr(cleared.lead())).isEqualTo("Ringkasan di halaman");
  }

  @Test
  void keepsInstantsToTheMillisecondInUtc() {
    Instant published = Instant.parse("2024-02-29T16:59:59.123Z");
    long id = content.article(section, author).publishedAt(published).create();
    assertThat(articles.findById(id).orElseThrow().publishedAt()).isEqualTo(published);
  }

  @Test
  void listsOnlyPublishedArticlesNewestFirstWithPaging() {
    Instant base = Instant.parse("2021-01-01T00:00:00Z");
    for (int i = 0; i < 5; i++) {
      content
          .article(section, author)
          .title("Berita " + i)
          .publishedAt(base.plus(i, ChronoUnit.HOURS))
          .create();
    }
    content.article(section, author).title("Draf").status(ArticleStatus.DRAFT).create();

    var query = ArticleQuery.section(section.id());
    assertThat(published.countPublished(query, 100)).isEqualTo(5);
    assertThat(published.countPublished(query, 3)).isEqualTo(3);
    assertThat(published.findPublished(query, 0, 2))
        .extracting(ArticleSummary::title)
        .containsExactly("Berita 4", "Berita 3");
    assertThat(published.findPublished(query, 4, 2))
        .extracting(ArticleSummary::title)
        .containsExactly("Berita 0");
  }

  @Test
  void filtersByTagAuthorAndDay() {
    Author other = content.author(TestContent.unique("Penulis Lain"));
    String tag = TestContent.unique("Topik");
    Instant day = Instant.parse("2021-06-22T17:00:00Z");
    long tagged =
        content.article(section, author).tags(tag).publishedAt(day.plusSeconds(60)).create();
    long byOther = content.article(section, other).publishedAt(day.minusSeconds(1)).create();

    var tagId = articles.findTags(tagged).getFirst().id();
    assertThat(published.findPublished(ArticleQuery.tag(tagId), 0, 10))
        .extracting(ArticleSummary::id)
        .containsExactly(tagged);
    assertThat(published.findPublished(ArticleQuery.author(other.id()), 0, 10))
        .extracting(ArticleSummary::id)
        .containsExactly(byOther);
    // The first minutes of the day only: other tests publish later on that day (the seed's).
    var startOfDay = ArticleQuery.between(day, day.plus(2, ChronoUnit.MINUTES));
    assertThat(published.findPublished(startOfDay, 0, 100))
        .extracting(ArticleSummary::id)
        .contains(tagged)
        .doesNotContain(byOther);
  }

  @Test
  void relatedLinksKeepTheEditorsOrderAndHideUnpublishedArticles() {
    long a = content.article(section, author).title("A").create();
    long b = content.article(section, author).title("B").create();
    long hidden =
        content.article(section, author).title("Tersembunyi").status(ArticleStatus.DRAFT).create();
    long main = content.article(section, author).related(b, hidden, a).create();

    assertThat(published.findRelated(main))
        .extracting(ArticleSummary::title)
        .containsExactly("B", "A");
    assertThat(articles.findRelatedIds(main)).containsExactly(b, hidden, a);
  }

  @Test
  void summariesCarryTheLeadPhotosCreditAndPath() {
    var photo = content.image("AFP/Manjunath Kiran", "Keterangan", "Alt");
    long id =
        content.article(section, author).title("Kerala Umumkan Karantina").image(photo).create();

    ArticleSummary summary = published.findPublishedSummaries(List.of(id)).getFirst();
    assertThat(summary.image().credit()).isEqualTo("AFP/Manjunath Kiran");
    assertThat(summary.path())
        .isEqualTo("/" + section.slug() + "/" + id + "/kerala-umumkan-karantina");
  }

  @Test
  void headlinesFollowThePinnedOrder() {
    long first = content.article(section, author).title("Utama").create();
    long second = content.article(section, author).title("Kedua").create();
    articles.replaceHeadlines(List.of(second, first));
    assertThat(published.findHeadlines())
        .extracting(ArticleSummary::id)
        .containsExactly(second, first);
  }

  @Test
  void theNewsroomListShowsEveryStatusFilteredByStatusSectionAuthorAndTitle() {
    Section other = content.section("Lain");
    Author second = content.author("Penulis Kedua");
    String word = TestContent.unique("Banjir").replace(' ', '-');
    long published = content.article(section, author).title(word + " Surut").create();
    long draft =
        content
            .article(section, author)
            .title(word + " Meluas")
            .status(ArticleStatus.DRAFT)
            .create();
    long elsewhere = content.article(other, second).title(word + " 100%_ di Hilir").create();

    var all = new ArticleFilter(null, null, null, word.toUpperCase(java.util.Locale.ROOT));
    assertThat(listings.find(all, 0, 10))
        .extracting(ArticleListing::id)
        .containsExactlyInAnyOrder(published, draft, elsewhere);
    assertThat(listings.count(all)).isEqualTo(3);
    assertThat(listings.find(new ArticleFilter(ArticleStatus.DRAFT, null, null, word), 0, 10))
        .extracting(ArticleListing::id)
        .containsExactly(draft);
    assertThat(listings.find(new ArticleFilter(null, other.id(), null, word), 0, 10))
        .extracting(ArticleListing::id)
        .containsExactly(elsewhere);
    assertThat(listings.find(new ArticleFilter(null, null, second.id(), null), 0, 10))
        .extracting(ArticleListing::id)
        .containsExactly(elsewhere);
    // LIKE's wildcards in the search text are matched as themselves
    assertThat(listings.find(new ArticleFilter(null, null, null, word + " 100%_"), 0, 10))
        .extracting(ArticleListing::id)
        .containsExactly(elsewhere);
    assertThat(listings.count(new ArticleFilter(null, null, null, word + " 1%0"))).isZero();
  }

  @Test
  void wholeArticlesComeInTheOrderAskedWithTheirOwnBylinesAndTags() {
    Author second = content.author("Penulis Kedua");
    long first = content.article(section, author).alsoBy(second).tags("Satu", "Dua").create();
    long plain = content.article(section, second).create();
    long draft = content.article(section, author).tags("Tiga").status(ArticleStatus.DRAFT).create();

    List<WholeArticle> loaded = whole.load(List.of(draft, 999_999_999L, first, plain, first));

    assertThat(loaded).extracting(w -> w.article().id()).containsExactly(draft, first, plain);
    assertThat(loaded.get(0).tags()).extracting(Tag::name).containsExactly("Tiga");
    assertThat(loaded.get(1).authors())
        .extracting(Author::name)
        .containsExactly(author.name(), second.name());
    assertThat(loaded.get(1).tags()).extracting(Tag::name).containsExactly("Satu", "Dua");
    assertThat(loaded.get(2).authors()).extracting(Author::name).containsExactly(second.name());
    assertThat(loaded.get(2).tags()).isEmpty();
    assertThat(whole.load(List.of())).isEmpty();
  }

  @Test
  void wholeArticlesTakeThreeQueriesHoweverManyAreAsked() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add(content.article(section, author).tags("Topik " + i).create());
    }
    AtomicInteger statements = new AtomicInteger();
    var counted = new WholeArticles(JdbcClient.create(counting(dataSource, statements)));

    assertThat(counted.load(ids.subList(0, 1))).hasSize(1);
    assertThat(statements.getAndSet(0)).isEqualTo(3);
    assertThat(counted.load(ids)).hasSize(12).allSatisfy(w -> assertThat(w.tags()).hasSize(1));
    assertThat(statements.get()).isEqualTo(3);
  }

  /** The data source, counting the statements prepared on its connections. */
  private static DataSource counting(DataSource dataSource, AtomicInteger statements) {
    return new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection real = super.getConnection();
        return (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().startsWith("prepare")
                      || method.getName().equals("createStatement")) {
                    statements.incrementAndGet();
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
      }
    };
  }
}
