package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.warta.WartaTest;
import id.warta.article.ArticleSnapshots;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The index on disk against crashes, damage and loss, with indexes of their own over the test
 * database (the application's own index is not touched).
 */
@WartaTest
class SearchIndexRecoveryTest {
  @Autowired ApplicationContext context;
  @Autowired ArticleSnapshots snapshots;
  @Autowired SearchAnalyzers analyzers;
  @Autowired SearchProperties properties;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @TempDir Path dir;

  TestContent content;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal Pulih");
    author = content.author("Penulis Pulih");
  }

  SearchIndex open() {
    return new SearchIndex(dir, snapshots, analyzers, clock);
  }

  long found(SearchIndex index, String text) {
    return new ArticleSearch(index, properties, clock)
        .search(
            new SearchRequest(text, section.slug(), null, null, SearchRequest.Order.RELEVANCE, 1))
        .total();
  }

  @Test
  void catchesUpAfterACrashWithWhatItMissed() throws IOException {
    long kept = content.article(section, author).title("Kereta Cepat Mulai Beroperasi").create();
    long withdrawn =
        content.article(section, author).title("Bandara Baru Diresmikan Presiden").create();
    long edited = content.article(section, author).title("Tol Laut Diperpanjang").create();
    SearchIndex first = open();
    assertThat(first.needsRebuild()).isTrue();
    first.rebuild(p -> {});
    assertThat(found(first, "kereta cepat")).isEqualTo(1);

    // While the index is not listening (or its last changes were never committed) the newsroom
    // publishes one article, withdraws one and edits one.
    long missed = content.article(section, author).title("Pelabuhan Peti Kemas Dibuka").create();
    first.update(missed); // indexed, but lost in the crash
    jdbc.sql("UPDATE article SET status = 'DRAFT', updated_at = :now WHERE id = :id")
        .param("now", clock.millis())
        .param("id", withdrawn)
        .update();
    jdbc.sql(
            "UPDATE article SET title = 'Jembatan Gantung Diperbaiki', updated_at = :now WHERE id ="
                + " :id")
        .param("now", clock.millis())
        .param("id", edited)
        .update();
    first.crash();

    SearchIndex second = open();
    try {
      assertThat(second.needsRebuild()).isFalse();
      assertThat(found(second, "pelabuhan peti kemas")).isZero();
      var outcome = second.catchUp();
      assertThat(outcome.indexed()).isGreaterThanOrEqualTo(2);
      assertThat(found(second, "pelabuhan peti kemas")).isEqualTo(1);
      assertThat(found(second, "bandara presiden")).isZero();
      assertThat(found(second, "jembatan gantung")).isEqualTo(1);
      assertThat(found(second, "tol laut")).isZero();
      assertThat(found(second, "kereta cepat")).isEqualTo(1);
      assertThat(second.indexedIds()).contains(kept, missed, edited).doesNotContain(withdrawn);
    } finally {
      second.close();
    }
  }

  @Test
  void aRebuildReadsOnPastABatchOfDraftsOnly() throws IOException {
    content.article(section, author).title("Kereta Cepat Mulai Beroperasi").create();
    // More drafts in a row than one batch of the rebuild reads (500).
    for (int i = 0; i < 501; i++) {
      content.article(section, author).title("Draf " + i).status(ArticleStatus.DRAFT).create();
    }
    long last = content.article(section, author).title("Pelabuhan Peti Kemas Dibuka").create();
    SearchIndex index = open();
    try {
      index.rebuild(p -> {});
      assertThat(found(index, "kereta cepat")).isEqualTo(1);
      assertThat(found(index, "pelabuhan peti kemas")).isEqualTo(1);
      assertThat(found(index, "draf")).isZero();
      assertThat(index.indexedIds()).contains(last);
    } finally {
      index.close();
    }
  }

  @Test
  void aRebuildLeavesOneSegment() throws IOException {
    // Three batches of the rebuild (500 each), analysed by its threads at once: a segment each,
    // unless merged.
    for (int i = 0; i < 1_001; i++) {
      content.article(section, author).title("Kapal Cepat Rute " + i).create();
    }
    SearchIndex index = open();
    try {
      index.rebuild(p -> {});
      assertThat(found(index, "kapal")).isGreaterThanOrEqualTo(1_001);
    } finally {
      index.close();
    }
    // A query's terms are looked up, and its hits ranked, in one segment.
    assertThat(segments()).isEqualTo(1);
  }

  private int segments() throws IOException {
    try (var directory = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory).size();
    }
  }

  @Test
  void loadBalancersProbeTheSitesOwnPort() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int status;
    do {
      status = mvc.perform(get("/readyz")).andReturn().getResponse().getStatus();
    } while (status != 200 && System.nanoTime() < deadline && sleep());
    assertThat(status).isEqualTo(200);
    assertThat(mvc.perform(get("/livez")).andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(10);
    return true;
  }

  @Test
  void aRestartedNodeIsReadyOnlyOnceWhatItMissedIsSearchable() throws Exception {
    SearchIndex first = open();
    first.rebuild(p -> {});
    first.close();
    // Published while the node was down.
    content.article(section, author).title("Dermaga Apung Diresmikan").create();

    SearchIndex second = open();
    try {
      var startup = new SearchIndexStartup(second);
      assertThat(startup.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      assertThat(found(second, "dermaga apung")).isZero();

      startup.bringUpToDate();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (startup.health().getStatus() != Status.UP && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
      assertThat(found(second, "dermaga apung")).isEqualTo(1);
    } finally {
      second.close();
    }
  }

  @Test
  void aRebuildStoppedByShutdownIsNoErrorAndIsDoneAgainOnTheNextStart() throws Exception {
    content.article(section, author).title("Pasar Terapung Dibuka Kembali").create();
    SearchIndex index = open();
    assertThat(index.needsRebuild()).isTrue();
    var startup = new SearchIndexStartup(index);
    Logger logger = (Logger) LoggerFactory.getLogger(SearchIndexStartup.class);
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    logger.addAppender(appender);
    Level level = logger.getLevel();
    logger.setLevel(Level.INFO); // tests log warnings only
    try {
      index.close(); // the application stops before the background rebuild runs
      startup.bringUpToDate();
      // (the startup reports UP as a rebuild begins: searching works while it runs)
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (appender.list.stream()
              .noneMatch(
                  e ->
                      e.getLevel().isGreaterOrEqual(Level.INFO)
                          && !e.getFormattedMessage().startsWith("Rebuilding"))
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } finally {
      logger.setLevel(level);
      logger.detachAppender(appender);
    }
    assertThat(appender.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    assertThat(appender.list)
        .anyMatch(e -> e.getFormattedMessage().contains("the application is shutting down"));

    SearchIndex next = open();
    try {
      assertThat(next.needsRebuild()).isTrue();
      next.rebuild(p -> {});
      assertThat(found(next, "pasar terapung")).isEqualTo(1);
    } finally {
      next.close();
    }
  }

  @Test
  void anIndexWrittenBeforeItWasSortedNewestFirstIsRebuiltSorted() throws IOException {
    long id = content.article(section, author).title("Pasar Apung Ramai Pengunjung").create();
    // What an earlier Warta left: an unsorted index with a current analysis and watermark.
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.index()))) {
      var doc = new Document();
      doc.add(new StringField(ArticleFields.ID, Long.toString(id), Field.Store.YES));
      writer.addDocument(doc);
      writer.setLiveCommitData(
          Map.of(
                  SearchIndex.ANALYSIS,
                  analyzers.fingerprint(),
                  SearchIndex.WATERMARK,
                  Long.toString(clock.millis()))
              .entrySet());
      writer.commit();
    }

    SearchIndex index = open();
    try {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(found(index, "pasar apung")).isZero();
      index.rebuild(p -> {});
      assertThat(found(index, "pasar apung")).isEqualTo(1);
    } finally {
      index.close();
    }
    try (var directory = FSDirectory.open(dir)) {
      assertThat(SegmentInfos.readLatestCommit(directory).asList())
          .isNotEmpty()
          .allSatisfy(
              segment ->
                  assertThat(segment.info.getIndexSort()).isEqualTo(FreshTopDocs.NEWEST_FIRST));
    }
    SearchIndex reopened = open();
    try {
      assertThat(reopened.needsRebuild()).isFalse();
    } finally {
      reopened.close();
    }
  }

  @Test
  void aDamagedIndexIsStartedAfreshAndRebuilt() throws IOException {
    content.article(section, author).title("Museum Batik Dibuka Kembali").create();
    SearchIndex first = open();
    first.rebuild(p -> {});
    first.close();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.write(file, "rusak".getBytes());
        }
      }
    }

    SearchIndex second = open();
    try {
      assertThat(second.needsRebuild()).isTrue();
      assertThat(found(second, "museum batik")).isZero();
      List<SearchIndex.Progress> progress = new ArrayList<>();
      second.rebuild(progress::add);
      assertThat(found(second, "museum batik")).isEqualTo(1);
      assertThat(progress.getLast().done()).isEqualTo(progress.getLast().total()).isPositive();
    } finally {
      second.close();
    }
    SearchIndex third = open();
    try {
      assertThat(third.needsRebuild()).isFalse();
      assertThat(found(third, "museum batik")).isEqualTo(1);
    } finally {
      third.close();
    }
  }

  @Test
  void aMissingIndexNeedsARebuildAndAnIndexInUseIsNeverTouched() {
    SearchIndex first = open();
    try {
      assertThat(first.needsRebuild()).isTrue();
      content.article(section, author).title("Pasar Terapung Ramai Pengunjung").create();
      first.rebuild(p -> {});
      assertThatThrownBy(this::open).hasMessageContaining("search index");
      assertThat(found(first, "pasar terapung")).isEqualTo(1);
    } finally {
      first.close();
    }
  }
}
