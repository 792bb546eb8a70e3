package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.EmptyDatabase;
import id.warta.MutableClock;
import id.warta.article.ArticlePublished;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling against a clock the test moves, from now on. The class starts on an empty database, so
 * what falls due is only what these tests scheduled; their times lie after the system clock, so a
 * scheduler running in the application (on PostgreSQL) never finds them due.
 */
@ExtendWith(EmptyDatabase.class)
abstract class ScheduledPublishingContract {
  Instant start;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired ArticleService service;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;

  MutableClock clock;
  Section section;
  Author author;
  NewsroomUser editor;

  @BeforeEach
  void setUp() {
    start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    clock = new MutableClock(start);
    var content = TestContent.of(context);
    section = content.section("Kanal Jadwal");
    author = content.author("Penulis Jadwal");
    editor = Staff.of(context).create(Role.EDITOR);
  }

  private ScheduledPublisher publisher() {
    return new ScheduledPublisher(articles, service, audit, transactions, clock);
  }

  private long scheduled(Instant at) throws Exception {
    String title = TestContent.unique("Berita Terjadwal");
    long id =
        Desk.idFrom(
            mvc.perform(Desk.newArticle(editor, section, author, title, "<p>a</p>", "SIMPAN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    var response =
        mvc.perform(
                Desk.save(editor, id, 0, section, author, title, "<p>a</p>", "JADWALKAN")
                    .param(
                        "waktu",
                        at.atZone(java.time.ZoneId.of("Asia/Jakarta"))
                            .toLocalDateTime()
                            .toString()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    return id;
  }

  private long published(long id) {
    return events.stream(ArticlePublished.class).filter(e -> e.articleId() == id).count();
  }

  @Test
  void goesLiveAtItsTimeExactlyOnce() throws Exception {
    Instant at = start.plus(Duration.ofHours(2));
    long id = scheduled(at);
    var a = articles.findById(id).orElseThrow();
    assertThat(a.status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(a.publishedAt()).isEqualTo(at);
    var publisher = publisher();

    clock.advance(Duration.ofHours(1));
    assertThat(publisher.publishDue()).isZero();
    assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(
            mvc.perform(get("/" + section.slug() + "/" + id + "/" + a.slug()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);

    clock.advance(Duration.ofHours(1));
    assertThat(publisher.publishDue()).isEqualTo(1);
    var live = articles.findById(id).orElseThrow();
    assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(live.publishedAt()).isEqualTo(at);
    assertThat(
            mvc.perform(get("/" + section.slug() + "/" + id + "/" + a.slug()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);

    // A second run, or a second instance of Warta, does not publish it again.
    assertThat(publisher.publishDue()).isZero();
    assertThat(publisher().publishDue()).isZero();
    assertThat(published(id)).isEqualTo(1);
  }

  @Test
  void catchesUpOnStartWithWhatFellDueWhileDown() throws Exception {
    long first = scheduled(start.plus(Duration.ofMinutes(30)));
    long second = scheduled(start.plus(Duration.ofHours(5)));
    long later = scheduled(start.plus(Duration.ofDays(3)));
    // Warta is down from now; it starts again six hours later.
    clock.advance(Duration.ofHours(6));
    publisher().catchUp();
    assertThat(articles.findById(first).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(articles.findById(second).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(articles.findById(later).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(published(first)).isEqualTo(1);
    assertThat(published(second)).isEqualTo(1);
    assertThat(published(later)).isZero();
    assertThat(audit.recent(50).stream().filter(e -> e.target().equals("artikel " + first)))
        .anyMatch(e -> e.action().equals("PUBLISH") && e.userName().equals("Sistem"));
  }

  @Test
  void unpublishingAScheduledArticleCancelsIt() throws Exception {
    long id = scheduled(start.plus(Duration.ofHours(1)));
    int version = articles.findById(id).orElseThrow().version();
    var a = articles.findById(id).orElseThrow();
    mvc.perform(Desk.save(editor, id, version, section, author, a.title(), "<p>a</p>", "TARIK"));
    clock.advance(Duration.ofHours(2));
    assertThat(publisher().publishDue()).isZero();
    assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
  }
}
