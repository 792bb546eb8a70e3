package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.Article;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The review desk as writers and editors use it: notes, the queue, pulling back, the list. */
@WartaTest
class ReviewDeskTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;

  Section section;
  Author author;
  NewsroomUser writer;
  NewsroomUser otherWriter;
  NewsroomUser editor;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section("Kanal Tinjauan");
    author = content.author("Penulis Tinjauan");
    var staff = Staff.of(context);
    writer = staff.create(Role.WRITER, author.id());
    otherWriter = staff.create(Role.WRITER);
    editor = staff.create(Role.EDITOR);
  }

  private Document page(String path, NewsroomUser user) throws Exception {
    var r = mvc.perform(get(path).with(Staff.as(user))).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString());
  }

  /** The titles the article list shows for these filter parameters (name, value, ...). */
  private java.util.List<String> listed(NewsroomUser user, String... params) throws Exception {
    var request = get("/redaksi/artikel").with(Staff.as(user));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    var r = mvc.perform(request).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString()).select("table.articles a").eachText();
  }

  private long create(NewsroomUser user, String title, String body, String action)
      throws Exception {
    return Desk.idFrom(
        mvc.perform(Desk.newArticle(user, section, author, title, body, action))
            .andReturn()
            .getResponse()
            .getRedirectedUrl());
  }

  private Article article(long id) {
    return articles.findById(id).orElseThrow();
  }

  @Test
  void aReturnedArticleCarriesTheEditorsNoteBackToItsWriter() throws Exception {
    String title = TestContent.unique("Jembatan Retak");
    long id = create(writer, title, "<p>Retak di tiang.</p>", "AJUKAN");

    // The queue names who submitted and when.
    Document queue = page("/redaksi/antrean", editor);
    var row =
        queue.select("table.articles tr").stream()
            .filter(tr -> tr.text().contains(title))
            .findFirst()
            .orElseThrow();
    assertThat(row.select("td.submitted").text())
        .contains(writer.displayName())
        .containsPattern("\\d{4}");

    // Sending it back needs a note; without one nothing changes.
    var noNote =
        mvc.perform(
                Desk.save(
                    editor,
                    id,
                    article(id).version(),
                    section,
                    author,
                    title,
                    "<p>Retak di tiang.</p>",
                    "KEMBALIKAN"))
            .andReturn()
            .getResponse();
    assertThat(noNote.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(noNote.getContentAsString()).select(".error").text())
        .contains("catatan");
    assertThat(article(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);

    var returned =
        mvc.perform(
                Desk.save(
                        editor,
                        id,
                        article(id).version(),
                        section,
                        author,
                        title,
                        "<p>Retak di tiang.</p>",
                        "KEMBALIKAN")
                    .param("catatan", "Tambahkan keterangan dari dinas PU."))
            .andReturn()
            .getResponse();
    assertThat(returned.getStatus()).isEqualTo(302);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(page("/redaksi/antrean", editor).select("table.articles a").eachText())
        .doesNotContain(title);

    Document writersView = page("/redaksi/artikel/" + id, writer);
    assertThat(writersView.select(".review-note .note").text())
        .isEqualTo("Tambahkan keterangan dari dinas PU.");
    assertThat(writersView.select(".review-note .meta").text()).contains(editor.displayName());

    // Resubmitted, it is back in the queue (the note no longer shows as an open request), and
    // the editor publishes it.
    mvc.perform(
        Desk.save(
            writer,
            id,
            article(id).version(),
            section,
            author,
            title,
            "<p>Kata dinas PU.</p>",
            "AJUKAN"));
    assertThat(article(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    assertThat(page("/redaksi/artikel/" + id, writer).select(".review-note")).isEmpty();
    mvc.perform(
        Desk.save(
            editor,
            id,
            article(id).version(),
            section,
            author,
            title,
            "<p>Kata dinas PU.</p>",
            "TERBITKAN"));
    assertThat(article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void aWriterPullsBackTheirSubmissionButNotSomeoneElses() throws Exception {
    String title = TestContent.unique("Tarik Ajuan");
    long id = create(writer, title, "<p>a</p>", "AJUKAN");
    Document mine = page("/redaksi/artikel/" + id, writer);
    assertThat(mine.select("form.pull-back button").text()).isEqualTo("Tarik kembali dari antrean");

    var other =
        mvc.perform(
                post("/redaksi/artikel/" + id + "/tarik-ajuan")
                    .with(Staff.as(otherWriter))
                    .with(csrf())
                    .param("versi", String.valueOf(article(id).version())))
            .andReturn()
            .getResponse();
    assertThat(other.getStatus()).isEqualTo(403);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);

    var pulled =
        mvc.perform(
                post("/redaksi/artikel/" + id + "/tarik-ajuan")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("versi", String.valueOf(article(id).version())))
            .andReturn();
    assertThat(pulled.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/artikel/" + id);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.DRAFT);
    Document after =
        Jsoup.parse(
            mvc.perform(
                    get("/redaksi/artikel/" + id)
                        .with(Staff.as(writer))
                        .with(Staff.sameSession(pulled)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(after.text()).contains("Artikel ditarik kembali dari antrean.");
    assertThat(after.select("button[value=SIMPAN]")).isNotEmpty();
    assertThat(page("/redaksi/antrean", editor).select("table.articles a").eachText())
        .doesNotContain(title);
  }

  @Test
  void writersSeeOnlyTheirOwnUnpublishedArticles() throws Exception {
    String draft = TestContent.unique("Draf Rahasia");
    long draftId = create(writer, draft, "<p>a</p>", "SIMPAN");
    String embargoed = TestContent.unique("Embargo Rahasia");
    long embargoedId = create(editor, embargoed, "<p>a</p>", "SIMPAN");
    String published = TestContent.unique("Sudah Terbit");
    long publishedId = create(editor, published, "<p>a</p>", "TERBITKAN");

    for (long id : new long[] {draftId, embargoedId}) {
      for (String path : new String[] {"", "/pratinjau", "/revisi"}) {
        assertThat(
                mvc.perform(get("/redaksi/artikel/" + id + path).with(Staff.as(otherWriter)))
                    .andReturn()
                    .getResponse()
                    .getStatus())
            .as(id + path)
            .isEqualTo(403);
      }
    }
    assertThat(page("/redaksi/artikel/" + publishedId, otherWriter).select("#judul").val())
        .isEqualTo(published);
    assertThat(page("/redaksi/artikel/" + draftId, writer).select("#judul").val()).isEqualTo(draft);
    assertThat(page("/redaksi/artikel/" + draftId, editor).select("#judul").val()).isEqualTo(draft);

    assertThat(listed(otherWriter, "q", "Rahasia")).doesNotContain(draft, embargoed);
    assertThat(listed(writer, "q", "Rahasia")).contains(draft).doesNotContain(embargoed);
    assertThat(listed(editor, "q", "Rahasia")).contains(draft, embargoed);
  }

  @Test
  void theListSearchesTheWholeTextAndFiltersByDate() throws Exception {
    String word = "zamrud" + TestContent.unique("").replaceAll("\\D", "");
    String title = TestContent.unique("Cari Isi");
    create(editor, title, "<p>Batu " + word + " ditemukan di sungai.</p>", "TERBITKAN");
    assertThat(listed(editor, "q", word.toUpperCase() + " sungai")).containsExactly(title);
    assertThat(listed(editor, "q", word + " gunung")).isEmpty();
    assertThat(listed(editor, "q", word, "dari", "2000-01-01", "sampai", "2000-01-31")).isEmpty();
    String today = java.time.LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    assertThat(listed(editor, "q", word, "dari", today, "sampai", today)).containsExactly(title);
    assertThat(
            mvc.perform(get("/redaksi/artikel?dari=kemarin").with(Staff.as(editor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }

  @Test
  void numbersInTheAddressAreCheckedBeforeTheDeskRuns() throws Exception {
    assertThat(listed(editor, "kanal", "", "penulis", " ")).isNotNull();
    for (String bad : new String[] {"abc", "-1", "0x1F", "1234567890123456789"}) {
      var filter =
          mvc.perform(get("/redaksi/artikel").param("kanal", bad).with(Staff.as(editor)))
              .andReturn()
              .getResponse();
      assertThat(filter.getStatus()).as(bad).isEqualTo(400);
      assertThat(Jsoup.parse(filter.getContentAsString()).select("h1").text())
          .isEqualTo("Permintaan tidak valid");
      // An id in the path that is not one is no article at that address.
      var path =
          mvc.perform(get("/redaksi/artikel/" + bad).with(Staff.as(editor)))
              .andReturn()
              .getResponse();
      assertThat(path.getStatus()).as(bad).isEqualTo(404);
    }
    var page =
        mvc.perform(get("/redaksi/antrean?halaman=0").with(Staff.as(editor)))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(Jsoup.parse(page.getContentAsString()).text())
        .contains("Nomor halaman tidak valid.");
  }

  @Test
  void editorsPublishWithdrawAndMoveInBulk() throws Exception {
    long a = create(editor, TestContent.unique("Massal A"), "<p>a</p>", "SIMPAN");
    long b = create(editor, TestContent.unique("Massal B"), "<p>b</p>", "SIMPAN");
    Section other = TestContent.of(context).section("Kanal Tujuan");
    assertThat(page("/redaksi/artikel", editor).select("input[name=pilih][value=" + a + "]"))
        .isNotEmpty();
    assertThat(page("/redaksi/artikel", writer).select("input[name=pilih]")).isEmpty();

    var published =
        mvc.perform(
                post("/redaksi/artikel/massal")
                    .with(Staff.as(editor))
                    .with(csrf())
                    .param("pilih", String.valueOf(a), String.valueOf(b))
                    .param("aksi", "TERBITKAN"))
            .andReturn();
    assertThat(article(a).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article(b).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(
            Jsoup.parse(
                    mvc.perform(
                            get("/redaksi/artikel")
                                .with(Staff.as(editor))
                                .with(Staff.sameSession(published)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text())
        .contains("2 artikel diterbitkan.");

    mvc.perform(
        post("/redaksi/artikel/massal")
            .with(Staff.as(editor))
            .with(csrf())
            .param("pilih", String.valueOf(b))
            .param("aksi", "PINDAH")
            .param("kanal", String.valueOf(other.id())));
    assertThat(article(b).sectionId()).isEqualTo(other.id());
    assertThat(article(b).status()).isEqualTo(ArticleStatus.PUBLISHED);

    mvc.perform(
        post("/redaksi/artikel/massal")
            .with(Staff.as(editor))
            .with(csrf())
            .param("pilih", String.valueOf(a))
            .param("aksi", "TARIK"));
    assertThat(article(a).status()).isEqualTo(ArticleStatus.UNPUBLISHED);

    var byWriter =
        mvc.perform(
                post("/redaksi/artikel/massal")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("pilih", String.valueOf(b))
                    .param("aksi", "TARIK"))
            .andReturn()
            .getResponse();
    assertThat(byWriter.getStatus()).isEqualTo(403);
    assertThat(article(b).status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void aNewArticleCanBeScheduledDirectly() throws Exception {
    String title = TestContent.unique("Langsung Terjadwal");
    String when =
        LocalDateTime.now(ZoneId.of("Asia/Jakarta"))
            .plusDays(2)
            .withSecond(0)
            .withNano(0)
            .toString();
    var r =
        mvc.perform(
                Desk.newArticle(editor, section, author, title, "<p>a</p>", "JADWALKAN")
                    .param("waktu", when.substring(0, 16)))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(302);
    Article a = article(Desk.idFrom(r.getRedirectedUrl()));
    assertThat(a.status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(a.publishedAt()).isAfter(java.time.Instant.now().plusSeconds(86_400));
    assertThat(page("/redaksi/artikel/" + a.id() + "/revisi", editor).text())
        .contains("Dibuat, dijadwalkan");
  }

  @Test
  void writersSignWithTheirOwnBylineOnly() throws Exception {
    Author someoneElse = TestContent.of(context).author("Byline Lain");
    var refused =
        mvc.perform(
                Desk.newArticle(
                    writer,
                    section,
                    someoneElse,
                    TestContent.unique("Byline Pinjam"),
                    "<p>a</p>",
                    "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.getContentAsString()).select(".error").text())
        .contains("bylinenya sendiri");
    Document form = page("/redaksi/artikel/baru", writer);
    assertThat(form.select("#penulis option").eachAttr("value"))
        .containsExactly(String.valueOf(author.id()));
    assertThat(form.select("#penulis option[selected]").eachAttr("value"))
        .containsExactly(String.valueOf(author.id()));
    assertThat(page("/redaksi/artikel/baru", editor).select("#penulis option").eachAttr("value"))
        .contains(String.valueOf(someoneElse.id()), String.valueOf(author.id()));
    var byEditor =
        mvc.perform(
                Desk.newArticle(
                    editor,
                    section,
                    someoneElse,
                    TestContent.unique("Byline Editor"),
                    "<p>a</p>",
                    "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(byEditor.getStatus()).isEqualTo(302);
  }
}
