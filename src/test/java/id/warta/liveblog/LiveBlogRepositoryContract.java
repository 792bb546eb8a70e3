package id.warta.liveblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the live blog relies on from its tables, through its service; runs on SQLite ({@code
 * LiveBlogRepositoryTest}) and PostgreSQL ({@code LiveBlogRepositoryIT}).
 */
abstract class LiveBlogRepositoryContract {
  @Autowired ApplicationContext context;
  @Autowired LiveBlogRepository repository;
  @Autowired LiveBlogService service;

  TestContent content;
  long article;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    Section section = content.section("Kanal Langsung");
    Author author = content.author("Penulis Langsung");
    article = content.article(section, author).title(TestContent.unique("Banjir Jakarta")).create();
  }

  static EntryDraft text(String text) {
    return new EntryDraft(text, null, "", false, false);
  }

  @Test
  void anArticleIsLiveFromItsStartUntilItsEnd() {
    assertThat(repository.find(article)).isEmpty();
    service.start(article);
    LiveBlog blog = repository.find(article).orElseThrow();
    assertThat(blog.isLive()).isTrue();
    assertThat(repository.findLiveArticleIds()).contains(article);

    service.end(article);
    LiveBlog ended = repository.find(article).orElseThrow();
    assertThat(ended.isLive()).isFalse();
    assertThat(ended.endedAt()).isNotNull();
    assertThat(ended.startedAt()).isEqualTo(blog.startedAt());
    assertThat(repository.findLiveArticleIds()).doesNotContain(article);

    service.start(article);
    assertThat(repository.find(article).orElseThrow().isLive()).isTrue();
    assertThat(repository.find(article).orElseThrow().startedAt())
        .as("resuming keeps the start")
        .isEqualTo(blog.startedAt());
  }

  @Test
  void entriesComeNewestFirstEvenWithinOneMillisecond() {
    service.start(article);
    long first = service.post(article, text("Pertama"), "editor");
    long second = service.post(article, text("Kedua"), "editor");
    long third = service.post(article, text("Ketiga"), "editor");

    assertThat(repository.findEntries(article, 10))
        .extracting(LiveEntry::id)
        .containsExactly(third, second, first);
    assertThat(repository.findEntries(article, 2))
        .extracting(LiveEntry::id)
        .containsExactly(third, second);
    assertThat(repository.countEntries(article)).isEqualTo(3);
  }

  @Test
  void storesEveryFieldOfAnEntry() {
    var photo = content.image("Antara", "Air setinggi lutut", "Jalan tergenang");
    service.start(article);
    long id =
        service.post(
            article,
            new EntryDraft(
                "Air naik.\n\nWarga mengungsi.",
                photo.id(),
                "https://youtu.be/dQw4w9WgXcQ",
                true,
                true),
            "editor");

    LiveEntry entry = repository.findEntry(id).orElseThrow();
    assertThat(entry.articleId()).isEqualTo(article);
    assertThat(entry.bodyHtml()).isEqualTo("<p>Air naik.</p><p>Warga mengungsi.</p>");
    assertThat(entry.mediaId()).isEqualTo(photo.id());
    assertThat(entry.embedUrl()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(entry.pinned()).isTrue();
    assertThat(entry.keyEvent()).isTrue();
    assertThat(entry.version()).isEqualTo(1);
    assertThat(repository.findPinned(article)).extracting(LiveEntry::id).containsExactly(id);
  }

  @Test
  void entryTextIsSanitizedWithTheArticleBodyPolicy() {
    service.start(article);
    long id =
        service.post(
            article,
            text(
                "<p onclick=\"x()\">Aman<script>alert(1)</script></p><iframe"
                    + " src=\"https://evil\"></iframe>"),
            "editor");
    String html = repository.findEntry(id).orElseThrow().bodyHtml();
    assertThat(html).isEqualTo("<p>Aman</p>");
  }

  @Test
  void everyChangeIsARevisionAndDeletedEntriesKeepThem() {
    service.start(article);
    long id = service.post(article, text("Versi satu"), "ani");
    service.edit(id, 1, text("Versi dua"), "budi");
    service.delete(id, 2, "citra");

    assertThat(repository.findEntry(id)).isEmpty();
    List<LiveBlogRepository.EntryRevision> revisions = repository.findRevisions(id);
    assertThat(revisions)
        .extracting(LiveBlogRepository.EntryRevision::action)
        .containsExactly("POSTED", "EDITED", "DELETED");
    assertThat(revisions)
        .extracting(LiveBlogRepository.EntryRevision::changedBy)
        .containsExactly("ani", "budi", "citra");
    assertThat(revisions.get(1).bodyHtml()).isEqualTo("<p>Versi dua</p>");
    assertThat(revisions)
        .extracting(LiveBlogRepository.EntryRevision::number)
        .containsExactly(1, 2, 3);
  }

  @Test
  void anEditFromAnOldVersionChangesNothing() {
    service.start(article);
    long id = service.post(article, text("Asli"), "ani");
    service.edit(id, 1, text("Perubahan Budi"), "budi");

    assertThatThrownBy(() -> service.edit(id, 1, text("Perubahan Citra"), "citra"))
        .isInstanceOf(StaleEntryException.class);
    assertThatThrownBy(() -> service.delete(id, 1, "citra"))
        .isInstanceOf(StaleEntryException.class);
    assertThat(repository.findEntry(id).orElseThrow().bodyHtml())
        .isEqualTo("<p>Perubahan Budi</p>");
    assertThat(repository.findRevisions(id)).hasSize(2);
  }

  @Test
  void noEntryIsPostedToABlogThatIsNotLive() {
    assertThatThrownBy(() -> service.post(article, text("Terlalu awal"), "ani"))
        .isInstanceOf(LiveEntryRejectedException.class);
    service.start(article);
    service.end(article);
    assertThatThrownBy(() -> service.post(article, text("Terlambat"), "ani"))
        .isInstanceOf(LiveEntryRejectedException.class);
    assertThat(repository.countEntries(article)).isZero();
  }

  @Test
  void badInputIsRefusedWithAReason() {
    service.start(article);
    assertThatThrownBy(() -> service.post(article, text("  "), "ani"))
        .isInstanceOf(LiveEntryRejectedException.class)
        .hasMessageContaining("kosong");
    assertThatThrownBy(
            () ->
                service.post(
                    article,
                    new EntryDraft(
                        "x", null, "https://evil.example/watch?v=dQw4w9WgXcQ", false, false),
                    "ani"))
        .isInstanceOf(LiveEntryRejectedException.class)
        .hasMessageContaining("YouTube");
    assertThatThrownBy(
            () -> service.post(article, new EntryDraft("x", 987_654_321L, "", false, false), "ani"))
        .isInstanceOf(LiveEntryRejectedException.class)
        .hasMessageContaining("pustaka media");
    assertThatThrownBy(
            () -> service.post(article, text("a".repeat(LiveBlogService.MAX_TEXT + 1)), "ani"))
        .isInstanceOf(LiveEntryRejectedException.class);
    assertThat(repository.countEntries(article)).isZero();
  }
}
