package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.PostgresLocks;
import id.warta.PostgresTest;
import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.StaleArticleException;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two editors make the first newsroom save of an imported article (it has no revision yet) at the
 * same time, on PostgreSQL: one is saved, the other is told the article changed (409), and nobody
 * gets an error from two "revision 1"s. The first save is held open until the second one is seen
 * waiting for it in PostgreSQL.
 */
@PostgresTest
class FirstEditRaceIT {
  @Autowired ApplicationContext context;
  @Autowired Workflow workflow;
  @Autowired ArticleRepository articles;
  @Autowired RevisionRepository revisions;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void twoFirstSavesOfAnImportedArticleEndInOneSaveAndOneConflict() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Kanal Impor");
    Author author = content.author("Penulis Impor");
    long id = content.article(section, author).create();
    assertThat(revisions.findAll(id)).isEmpty();
    Article imported = articles.findById(id).orElseThrow();
    Actor first = Actor.of(Staff.of(context).create(Role.EDITOR));
    Actor second = Actor.of(Staff.of(context).create(Role.EDITOR));

    CountDownLatch firstSaved = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger firstBackend = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> firstSave =
          pool.submit(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        workflow.save(
                            first,
                            id,
                            imported.version(),
                            draft(imported, "oleh editor pertama", author),
                            Action.SIMPAN,
                            null);
                        firstBackend.set(
                            jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                        firstSaved.countDown();
                        try {
                          release.await(1, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      assertThat(firstSaved.await(1, TimeUnit.MINUTES)).isTrue();
      Future<Integer> secondSave =
          pool.submit(
              () ->
                  workflow.save(
                      second,
                      id,
                      imported.version(),
                      draft(imported, "oleh editor kedua", author),
                      Action.SIMPAN,
                      null));
      PostgresLocks.awaitWaitingOn(
          jdbc, firstBackend.get(), secondSave, "the second save waits for the first");
      release.countDown();
      firstSave.get(1, TimeUnit.MINUTES);
      assertThatThrownBy(() -> secondSave.get(1, TimeUnit.MINUTES))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(StaleArticleException.class);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(articles.findById(id).orElseThrow().title()).endsWith("oleh editor pertama");
    assertThat(revisions.findAll(id))
        .extracting(Revision::action)
        .containsExactly("Disimpan", "Sebelum disunting di redaksi");
  }

  private static ArticleDraft draft(Article a, String suffix, Author author) {
    return new ArticleDraft(
        a.sectionId(),
        a.title() + " " + suffix,
        a.slug(),
        a.lead(),
        a.bodyHtml(),
        a.source(),
        a.editorCode(),
        null,
        null,
        a.status(),
        a.publishedAt(),
        null,
        List.of(author.id()),
        List.of(),
        List.of());
  }
}
