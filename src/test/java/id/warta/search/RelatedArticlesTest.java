package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@WartaTest
class RelatedArticlesTest {
  @Autowired ApplicationContext context;
  @Autowired RelatedArticles related;
  @Autowired PublishedArticles articles;
  @Autowired Clock clock;

  TestContent content;
  Section section;
  Section other;
  Author author;
  String topic;

  @BeforeEach
  void setUp() {
    EmptyDatabase.empty(context);
    content = TestContent.of(context);
    section = content.section("Kanal Terkait");
    other = content.section("Kanal Seberang");
    author = content.author("Penulis Terkait");
    // A made-up place name the stories of a test share; each test starts on an empty database.
    topic = "Kalderaq";
  }

  long story(Section in, String title, String body, Instant at) {
    return content
        .article(in, author)
        .title(title)
        .body("<p>" + body + "</p>")
        .tags(topic)
        .publishedAt(at)
        .create();
  }

  Instant daysAgo(int days) {
    return clock.instant().minus(Duration.ofDays(days));
  }

  List<Long> ids(List<ArticleSummary> list) {
    return list.stream().map(ArticleSummary::id).toList();
  }

  @Test
  void findsArticlesAboutTheSameThingNeverItselfNorAnUnpublishedOne() {
    String text =
        "Gunung " + topic + " meletus, abu vulkanik menutup desa dan warga mengungsi ke balai.";
    long base = story(section, "Gunung " + topic + " Meletus", text, daysAgo(1));
    long similar = story(section, "Warga Lereng " + topic + " Mengungsi", text, daysAgo(2));
    long draft =
        content
            .article(section, author)
            .title("Gunung " + topic + " Meletus Lagi")
            .body("<p>" + text + "</p>")
            .tags(topic)
            .status(ArticleStatus.DRAFT)
            .create();
    long unrelated = content.article(section, author).title("Timnas Menang Adu Penalti").create();

    List<Long> found = ids(related.similar(base, section.id(), 5, Set.of()));
    assertThat(found).first().isEqualTo(similar);
    assertThat(found).doesNotContain(base, draft, unrelated);
  }

  @Test
  void aSimilarArticleRetitledOrWithdrawnAfterItWasShownIsShownAsItIsNow() {
    String text = "Jembatan " + topic + " retak, kendaraan berat dialihkan ke jalur selatan.";
    long base = story(section, "Jembatan " + topic + " Retak", text, daysAgo(1));
    long similar = story(section, "Jalur Selatan " + topic + " Padat", text, daysAgo(2));
    assertThat(related.similar(base, section.id(), 3, Set.of()))
        .extracting(ArticleSummary::title)
        .containsExactly("Jalur Selatan " + topic + " Padat");

    rewrite(similar, "Jalur Selatan " + topic + " Dibuka Lagi", ArticleStatus.PUBLISHED, text);
    assertThat(related.similar(base, section.id(), 3, Set.of()))
        .extracting(ArticleSummary::title)
        .containsExactly("Jalur Selatan " + topic + " Dibuka Lagi");

    rewrite(similar, "Jalur Selatan " + topic + " Dibuka Lagi", ArticleStatus.DRAFT, text);
    assertThat(related.similar(base, section.id(), 3, Set.of())).isEmpty();
  }

  private void rewrite(long id, String title, ArticleStatus status, String body) {
    var article = context.getBean(ArticleRepository.class).findById(id).orElseThrow();
    context
        .getBean(ArticleService.class)
        .update(
            id,
            article.version(),
            new ArticleDraft(
                article.sectionId(),
                title,
                null,
                article.lead(),
                "<p>" + body + "</p>",
                article.source(),
                article.editorCode(),
                null,
                null,
                status,
                article.publishedAt(),
                null,
                List.of(author.id()),
                List.of(topic),
                List.of(),
                null));
  }

  @Test
  void favoursTheSameSectionAndRecentArticles() {
    String text = "Festival " + topic + " menampilkan tari, musik dan kuliner khas daerah.";
    long base = story(section, "Festival " + topic + " Dibuka", text, daysAgo(1));
    long otherSection = story(other, "Festival " + topic + " Dibuka Meriah", text, daysAgo(3));
    long sameSection = story(section, "Festival " + topic + " Dibuka Gubernur", text, daysAgo(3));
    long old = story(section, "Festival " + topic + " Dibuka Bupati", text, daysAgo(400));

    assertThat(ids(related.similar(base, section.id(), 3, Set.of())))
        .containsExactly(sameSection, otherSection, old);
  }

  @Test
  void theEditorsChoicesComeFirstAndSimilarArticlesFillTheRest() {
    String text = "Harga " + topic + " di pasar naik tajam karena pasokan berkurang.";
    long base = story(section, "Harga " + topic + " Naik", text, daysAgo(1));
    long a = story(section, "Pasokan " + topic + " Berkurang", text, daysAgo(2));
    long b = story(section, "Pedagang " + topic + " Mengeluh", text, daysAgo(3));
    long manual = content.article(other, author).title("Pilihan Editor Tentang Pangan").create();
    ArticleSummary chosen = articles.findPublishedSummaries(List.of(manual)).getFirst();

    var choice = related.choose(base, section.id(), null, List.of(chosen), 3);
    assertThat(choice.list().getFirst().id()).isEqualTo(manual);
    assertThat(choice.readAlso()).isNotNull();
    assertThat(choice.readAlso().id()).isIn(a, b);
    assertThat(ids(choice.list()))
        .doesNotContain(base, choice.readAlso().id())
        .doesNotHaveDuplicates();

    var editorsInline = related.choose(base, section.id(), chosen, List.of(), 3);
    assertThat(editorsInline.readAlso().id()).isEqualTo(manual);
    assertThat(ids(editorsInline.list())).doesNotContain(manual, base).contains(a, b);
  }
}
