package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.channel.ChannelAdmin;
import id.warta.channel.ChannelForm;
import id.warta.search.RelatedArticles;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every in-memory cache against the race that used to leave it stale: a reader fills it while a
 * write is inside its transaction (written, not committed). After the commit the cache shows the
 * change at once. Runs with the page cache on, on SQLite ({@code CacheCoherenceTest}) and
 * PostgreSQL ({@code CacheCoherenceIT}).
 */
abstract class CacheCoherenceContract {
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired TransactionTemplate transactions;
  @Autowired SectionRepository sections;
  @Autowired ArticleRepository articles;
  @Autowired ArticleService service;
  @Autowired SiteModules modules;
  @Autowired ChannelAdmin channels;
  @Autowired RelatedArticles related;

  TestContent content;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal Koheren");
    author = content.author("Penulis Koheren");
  }

  @Test
  void theSectionListIsCurrentAfterASectionIsCreated() throws Exception {
    String name = TestContent.unique("Kanal Baru");
    duringWrite(
        () -> sections.create(id.warta.platform.Slugs.of(name), name, "", 100),
        () -> assertThat(names(sections.findAll())).doesNotContain(name));

    assertThat(names(sections.findAll())).contains(name);
  }

  @Test
  void theModulesAreCurrentAfterAPartnerChannelIsAdded() throws Exception {
    String name = TestContent.unique("Mitra Koheren");
    duringWrite(
        () ->
            channels.create(
                ChannelForm.of(name, "https://mitra.example", "https://mitra.example/rss")),
        () -> assertThat(channelNames()).doesNotContain(name));

    assertThat(channelNames()).contains(name);
  }

  @Test
  void relatedArticlesFollowADraftSeenInPreviewThenPublished() throws Exception {
    String words =
        "<p>Zorvakia kelembritan trokalisasi "
            + TestContent.unique("mervola")
            + " dibahas panjang.</p>";
    long similar =
        content
            .article(section, author)
            .title(TestContent.unique("Trokalisasi Zorvakia"))
            .body(words)
            .create();
    long draft =
        content
            .article(section, author)
            .title(TestContent.unique("Kelembritan Zorvakia"))
            .body(words)
            .status(ArticleStatus.DRAFT)
            .create();
    assertThat(related.similar(draft, section.id(), 3, List.of()))
        .as("a draft is not in the index")
        .isEmpty();

    duringWrite(
        () -> publish(draft),
        () -> assertThat(related.similar(draft, section.id(), 3, List.of())).isEmpty());

    assertThat(related.similar(draft, section.id(), 3, List.of()))
        .extracting(a -> a.id())
        .contains(similar);
  }

  @Test
  void pagesFeedsAndSearchAreCurrentAfterAnArticleIsPublished() throws Exception {
    content.article(section, author).title(TestContent.unique("Berita Pertama")).create();
    String word = "kwarzelit";
    String title = TestContent.unique("Berita Kedua " + word);
    String sectionPage = section.path();
    String sectionFeed = "/rss/" + section.slug();
    String search = "/cari?q=" + word;
    assertThat(body("/")).doesNotContain(title);

    duringWrite(
        () -> content.article(section, author).title(title).publishedAt(Instant.now()).create(),
        () -> {
          assertThat(body("/")).doesNotContain(title);
          assertThat(body(sectionPage)).doesNotContain(title);
          assertThat(body(sectionFeed)).doesNotContain(title);
          assertThat(body(search)).doesNotContain(title);
        });

    assertThat(body("/")).contains(title);
    assertThat(body(sectionPage)).contains(title);
    assertThat(body(sectionFeed)).contains(title);
    assertThat(Jsoup.parse(body(search)).text()).contains(title);
  }

  /**
   * Runs {@code write} in a transaction on another thread and {@code readDuring} on this one while
   * that transaction is open; returns when it has committed.
   */
  void duringWrite(Runnable write, Runnable readDuring) throws Exception {
    var written = new CountDownLatch(1);
    var readDone = new CountDownLatch(1);
    var writer =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      write.run();
                      written.countDown();
                      await(readDone);
                    }));
    try {
      assertThat(written.await(30, TimeUnit.SECONDS)).as("the write ran").isTrue();
      readDuring.run();
    } finally {
      readDone.countDown();
    }
    writer.get(30, TimeUnit.SECONDS);
  }

  private void publish(long id) {
    Article a = articles.findById(id).orElseThrow();
    service.update(
        id,
        a.version(),
        new ArticleDraft(
            a.sectionId(),
            a.title(),
            a.slug(),
            a.lead(),
            a.bodyHtml(),
            a.source(),
            a.editorCode(),
            a.leadMediaId(),
            a.readAlsoId(),
            ArticleStatus.PUBLISHED,
            Instant.now(),
            null,
            List.of(author.id()),
            List.of(),
            List.of()));
  }

  private List<String> channelNames() {
    return modules.build().channels().stream().map(c -> c.channel().name()).toList();
  }

  private static List<String> names(List<Section> list) {
    return list.stream().map(Section::name).toList();
  }

  String body(String path) {
    try {
      return mvc.perform(get(path))
          .andReturn()
          .getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the reader never finished");
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
