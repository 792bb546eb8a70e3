package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.warta.article.Article;
import id.warta.article.ArticleRepository;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.media.Rendition;
import id.warta.platform.StorageProperties;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A newsroom on deadline: eight people upload photos, create articles with them and save them, all
 * at the same moment (a barrier before every step), while others read the newsroom list, the editor
 * and the public home page. Nobody may see an error because someone else was writing, and
 * everything that was acknowledged must be stored.
 */
abstract class ConcurrentWritersContract {
  static final int WRITERS = 8;
  static final int READERS = 4;
  static final int ROUNDS = 3;
  static final int SAVES = 2;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired RevisionRepository revisions;
  @Autowired JdbcClient jdbc;
  @Autowired StorageProperties storage;

  Section section;
  Author author;
  List<NewsroomUser> staff;

  /** What the application acknowledged to one writer. */
  record Acknowledged(long articleId, String title, String tag, long photoId, String photoKey) {}

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section("Kanal Tenggat");
    author = content.author("Penulis Tenggat");
    var accounts = Staff.of(context);
    staff = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      staff.add(accounts.create(i % 2 == 0 ? Role.WRITER : Role.EDITOR, author.id()));
    }
  }

  @Test
  void eightWritersAndReadersAtOnceSeeNoErrorAndLoseNothing() throws Exception {
    // Images are made before the start, so the writers spend their time in the application.
    Map<Integer, List<byte[]>> photos = new ConcurrentHashMap<>();
    for (int w = 0; w < WRITERS; w++) {
      List<byte[]> own = new ArrayList<>();
      for (int r = 0; r < ROUNDS; r++) {
        own.add(Images.encode("png", 640, 480));
      }
      photos.put(w, own);
    }
    Queue<String> errors = new ConcurrentLinkedQueue<>();
    Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    CyclicBarrier step = new CyclicBarrier(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    String run = TestContent.unique("tenggat");

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int who = w;
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  NewsroomUser user = staff.get(who);
                  for (int r = 0; r < ROUNDS; r++) {
                    String caption = run + " foto " + who + "-" + r;
                    step.await(1, TimeUnit.MINUTES);
                    var uploaded =
                        perform(
                            errors,
                            "upload " + caption,
                            multipart("/redaksi/media")
                                .file(
                                    new MockMultipartFile(
                                        "berkas", "foto.png", "image/png", photos.get(who).get(r)))
                                .param("kredit", "Warta/Uji")
                                .param("keterangan", caption)
                                .param("alt", "Foto uji tenggat")
                                .with(Staff.as(user))
                                .with(csrf()));
                    var photo =
                        jdbc.sql("SELECT id, file_key FROM media WHERE caption = :c")
                            .param("c", caption)
                            .query()
                            .listOfRows();
                    if (uploaded == null || uploaded.getStatus() != 302 || photo.size() != 1) {
                      errors.add(
                          "upload "
                              + caption
                              + " not stored: "
                              + describe(uploaded)
                              + ", rows "
                              + photo.size());
                      step.await(1, TimeUnit.MINUTES);
                      step.await(1, TimeUnit.MINUTES);
                      continue;
                    }
                    long photoId = ((Number) photo.getFirst().get("id")).longValue();
                    String title = run + " artikel " + who + "-" + r;

                    // Every writer tags this round's article with the same new tag: created at
                    // once.
                    String tags = "Uji, " + run + " putaran " + r;
                    step.await(1, TimeUnit.MINUTES);
                    var created =
                        perform(
                            errors,
                            "create " + title,
                            Desk.newArticle(user, section, author, title, "<p>Awal.</p>", "SIMPAN")
                                .param("foto", String.valueOf(photoId))
                                .with(
                                    request -> {
                                      request.setParameter("tag", tags);
                                      return request;
                                    }));
                    if (created == null || created.getStatus() != 302) {
                      errors.add("create " + title + ": " + describe(created));
                      step.await(1, TimeUnit.MINUTES);
                      continue;
                    }
                    long id = Desk.idFrom(created.getRedirectedUrl());

                    step.await(1, TimeUnit.MINUTES);
                    for (int s = 1; s <= SAVES; s++) {
                      int version = articles.findById(id).orElseThrow().version();
                      var saved =
                          perform(
                              errors,
                              "save " + title,
                              Desk.save(
                                      user,
                                      id,
                                      version,
                                      section,
                                      author,
                                      title + " v" + s,
                                      "<p>Versi " + s + ".</p>",
                                      "SIMPAN")
                                  .param("foto", String.valueOf(photoId))
                                  .with(
                                      request -> {
                                        request.setParameter("tag", tags);
                                        return request;
                                      }));
                      if (saved == null || saved.getStatus() != 302) {
                        errors.add("save " + title + " v" + s + ": " + describe(saved));
                      }
                    }
                    acknowledged.add(
                        new Acknowledged(
                            id,
                            title + " v" + SAVES,
                            run + " putaran " + r,
                            photoId,
                            (String) photo.getFirst().get("file_key")));
                  }
                  return null;
                }));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        NewsroomUser reader = staff.get(i);
        readers.add(
            pool.submit(
                () -> {
                  start.await();
                  while (writing.get()) {
                    for (var request :
                        List.of(
                            get("/redaksi/artikel").with(Staff.as(reader)),
                            get("/redaksi/media").with(Staff.as(reader)),
                            get("/"))) {
                      var response = perform(errors, "read " + request, request);
                      reads.incrementAndGet();
                      if (response != null && response.getStatus() != 200) {
                        errors.add("read: " + describe(response));
                      }
                    }
                  }
                  return null;
                }));
      }
      long started = System.nanoTime();
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(5, TimeUnit.MINUTES);
      }
      writing.set(false);
      long millis = (System.nanoTime() - started) / 1_000_000;
      int writes = WRITERS * ROUNDS * (2 + SAVES);
      // The figures for docs/concurrent-writes.md.
      System.out.printf(
          "concurrent writers: %d writes and %d reads in %d ms (%.1f writes/s), %d errors%n",
          writes, reads.get(), millis, writes * 1000.0 / millis, errors.size());
      for (Future<?> reader : readers) {
        reader.get(1, TimeUnit.MINUTES);
      }
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }

    assertThat(errors).as("errors under concurrent writes").isEmpty();
    assertThat(reads.get()).isPositive();
    assertThat(acknowledged).hasSize(WRITERS * ROUNDS);
    for (Acknowledged a : acknowledged) {
      Article stored = articles.findById(a.articleId()).orElseThrow();
      assertThat(stored.title()).isEqualTo(a.title());
      assertThat(stored.leadMediaId()).isEqualTo(a.photoId());
      // "Dibuat" and one revision per save.
      assertThat(revisions.findAll(a.articleId())).hasSize(1 + SAVES);
      assertThat(articles.findTags(a.articleId()))
          .extracting(t -> t.name())
          .containsExactlyInAnyOrder("Uji", a.tag());
      for (Rendition rendition : Rendition.values()) {
        assertThat(
                storage
                    .mediaDir()
                    .resolve(rendition.url(a.photoKey()).substring("/media/".length())))
            .exists();
      }
    }
  }

  /** Performs a request; an exception escaping the application counts as a server error. */
  private MockHttpServletResponse perform(
      Queue<String> errors, String what, RequestBuilder request) {
    try {
      var response = mvc.perform(request).andReturn().getResponse();
      if (response.getStatus() >= 500) {
        errors.add(what + ": HTTP " + response.getStatus());
      }
      return response;
    } catch (Exception e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      errors.add(what + ": " + root);
      return null;
    }
  }

  private static String describe(MockHttpServletResponse response) {
    return response == null
        ? "no response"
        : "HTTP " + response.getStatus() + " " + response.getRedirectedUrl();
  }
}
