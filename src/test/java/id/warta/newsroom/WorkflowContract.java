package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.article.Article;
import id.warta.article.ArticlePublished;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.ArticleWithdrawn;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

abstract class WorkflowContract {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired ApplicationEvents events;

  Section section;
  Author author;
  NewsroomUser writer;
  NewsroomUser otherWriter;
  NewsroomUser editor;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section("Kanal Redaksi");
    author = content.author("Penulis Redaksi");
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

  private Document publicPage(Article a) throws Exception {
    var r =
        mvc.perform(get("/" + section.slug() + "/" + a.id() + "/" + a.slug()))
            .andReturn()
            .getResponse();
    return r.getStatus() == 200 ? Jsoup.parse(r.getContentAsString()) : null;
  }

  @Test
  void writerSubmitsEditorPublishesUnpublishesAndCorrects() throws Exception {
    String title = TestContent.unique("Banjir Rob di Pesisir");
    var created =
        mvc.perform(
                Desk.newArticle(writer, section, author, title, "<p>Air laut naik.</p>", "AJUKAN"))
            .andReturn()
            .getResponse();
    long id = Desk.idFrom(created.getRedirectedUrl());
    Article a = articles.findById(id).orElseThrow();
    assertThat(a.status()).isEqualTo(ArticleStatus.IN_REVIEW);
    assertThat(publicPage(a)).isNull();

    assertThat(page("/redaksi/antrean", editor).select("table.articles a").eachText())
        .contains(title);
    assertThat(
            mvc.perform(get("/redaksi/antrean").with(Staff.as(writer)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    // A writer can neither publish nor change a submitted article.
    var refused =
        mvc.perform(
                Desk.save(writer, id, a.version(), section, author, title, "<p>x</p>", "TERBITKAN"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(Jsoup.parse(refused.getContentAsString()).select(".error").text())
        .isEqualTo("Anda tidak dapat mengubah artikel ini.");

    var preview = page("/redaksi/artikel/" + id + "/pratinjau", writer);
    assertThat(preview.select("h1#judul").text()).isEqualTo(title);
    assertThat(preview.select(".body .lead-in").text()).isEqualTo("AIR");

    var published =
        mvc.perform(
                Desk.save(
                    editor,
                    id,
                    a.version(),
                    section,
                    author,
                    title,
                    "<p>Air laut naik.</p>",
                    "TERBITKAN"))
            .andReturn()
            .getResponse();
    assertThat(published.getRedirectedUrl()).isEqualTo("/redaksi/artikel/" + id);
    a = articles.findById(id).orElseThrow();
    assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id).count())
        .isEqualTo(1);
    Document reader = publicPage(a);
    assertThat(reader.select("h1#judul").text()).isEqualTo(title);
    assertThat(reader.select(".body").text()).contains("(Antara/OL-1)");
    assertThat(reader.select(".updated")).isEmpty();
    assertThat(reader.select(".corrections")).isEmpty();

    var corrected =
        mvc.perform(
                post("/redaksi/artikel/" + id + "/ralat")
                    .with(Staff.as(editor))
                    .with(csrf())
                    .param("ralat", "Sebelumnya tertulis air sungai, seharusnya air laut."))
            .andReturn()
            .getResponse();
    assertThat(corrected.getRedirectedUrl()).isEqualTo("/redaksi/artikel/" + id);
    Article afterCorrection = articles.findById(id).orElseThrow();
    assertThat(afterCorrection.updatedAt()).isAfterOrEqualTo(a.updatedAt());
    reader = publicPage(afterCorrection);
    assertThat(reader.select(".corrections h2").text()).isEqualTo("Ralat");
    assertThat(reader.select(".corrections .correction").text())
        .contains("seharusnya air laut")
        .contains("WIB");
    assertThat(reader.select(".corrections time").attr("datetime")).isNotBlank();

    // Writers cannot write corrections.
    assertThat(
            mvc.perform(
                    post("/redaksi/artikel/" + id + "/ralat")
                        .with(Staff.as(writer))
                        .with(csrf())
                        .param("ralat", "x"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    var withdrawn =
        mvc.perform(
                Desk.save(
                    editor,
                    id,
                    afterCorrection.version(),
                    section,
                    author,
                    title,
                    "<p>Air laut naik.</p>",
                    "TARIK"))
            .andReturn()
            .getResponse();
    assertThat(withdrawn.getStatus()).isEqualTo(302);
    assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(events.stream(ArticleWithdrawn.class).filter(e -> e.articleId() == id).count())
        .isEqualTo(1);
    assertThat(publicPage(a)).isNull();

    String audit =
        page("/redaksi/audit", Staff.of(context).create(Role.ADMIN)).select("table").text();
    assertThat(audit)
        .contains("PUBLISH")
        .contains("CORRECTION")
        .contains("UNPUBLISH")
        .contains(title);
  }

  @Test
  void writersEditOnlyTheirOwnDrafts() throws Exception {
    String title = TestContent.unique("Draf Milik Penulis");
    long id =
        Desk.idFrom(
            mvc.perform(Desk.newArticle(writer, section, author, title, "<p>a</p>", "SIMPAN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    Article a = articles.findById(id).orElseThrow();
    assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
    var other =
        mvc.perform(
                Desk.save(
                    otherWriter, id, a.version(), section, author, "Diubah", "<p>b</p>", "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(other.getStatus()).isEqualTo(403);
    // Another writer's draft is not theirs to read either: not its editor, preview or revisions.
    for (String path : java.util.List.of("", "/pratinjau", "/revisi")) {
      assertThat(
              mvc.perform(get("/redaksi/artikel/" + id + path).with(Staff.as(otherWriter)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(path)
          .isEqualTo(403);
    }
    var own =
        mvc.perform(
                Desk.save(
                    writer,
                    id,
                    a.version(),
                    section,
                    author,
                    title + " baru",
                    "<p>b</p>",
                    "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(own.getStatus()).isEqualTo(302);
    assertThat(articles.findById(id).orElseThrow().title()).isEqualTo(title + " baru");
    var publishing =
        mvc.perform(
                Desk.save(
                    writer, id, a.version() + 1, section, author, title, "<p>b</p>", "TERBITKAN"))
            .andReturn()
            .getResponse();
    assertThat(publishing.getStatus()).isEqualTo(403);
    assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void badInputIsShownOnThePageAndChangesNothing() throws Exception {
    String title = TestContent.unique("Artikel Tetap");
    long id =
        Desk.idFrom(
            mvc.perform(Desk.newArticle(editor, section, author, title, "<p>a</p>", "SIMPAN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    Article before = articles.findById(id).orElseThrow();
    var response =
        mvc.perform(
                Desk.save(
                    editor,
                    id,
                    before.version(),
                    section,
                    author,
                    "",
                    "<p>Teks baru saya</p>",
                    "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(422);
    Document doc = Jsoup.parse(response.getContentAsString());
    assertThat(doc.select(".error").text()).isEqualTo("Judul wajib diisi.");
    assertThat(doc.select("textarea[name=isi]").text()).isEqualTo("<p>Teks baru saya</p>");
    assertThat(articles.findById(id).orElseThrow()).isEqualTo(before);

    var badSchedule =
        mvc.perform(
                Desk.save(
                        editor,
                        id,
                        before.version(),
                        section,
                        author,
                        title,
                        "<p>a</p>",
                        "JADWALKAN")
                    .param("waktu", "2001-01-01T10:00"))
            .andReturn()
            .getResponse();
    assertThat(Jsoup.parse(badSchedule.getContentAsString()).select(".error").text())
        .isEqualTo("Waktu terbit jadwal harus di masa depan.");
    assertThat(articles.findById(id).orElseThrow()).isEqualTo(before);

    var badRelated =
        mvc.perform(
                Desk.save(
                        editor, id, before.version(), section, author, title, "<p>a</p>", "SIMPAN")
                    .param("bacaJuga", "999999999"))
            .andReturn()
            .getResponse();
    assertThat(Jsoup.parse(badRelated.getContentAsString()).select(".error").text())
        .contains("tidak ditemukan");
    assertThat(articles.findById(id).orElseThrow()).isEqualTo(before);
  }

  @Test
  void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsItsText() throws Exception {
    String title = TestContent.unique("Artikel Rebutan");
    long id =
        Desk.idFrom(
            mvc.perform(Desk.newArticle(editor, section, author, title, "<p>awal</p>", "SIMPAN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    NewsroomUser secondEditor = Staff.of(context).create(Role.EDITOR);
    String versionSeenByBoth =
        page("/redaksi/artikel/" + id, editor).select("input[name=versi]").val();
    assertThat(page("/redaksi/artikel/" + id, secondEditor).select("input[name=versi]").val())
        .isEqualTo(versionSeenByBoth);
    int version = Integer.parseInt(versionSeenByBoth);

    var first =
        mvc.perform(
                Desk.save(
                    editor,
                    id,
                    version,
                    section,
                    author,
                    title,
                    "<p>Versi editor pertama</p>",
                    "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(first.getStatus()).isEqualTo(302);
    var second =
        mvc.perform(
                Desk.save(
                    secondEditor,
                    id,
                    version,
                    section,
                    author,
                    title + " (kedua)",
                    "<p>Ketikan panjang editor kedua</p>",
                    "SIMPAN"))
            .andReturn()
            .getResponse();
    assertThat(second.getStatus()).isEqualTo(409);
    Document doc = Jsoup.parse(second.getContentAsString());
    assertThat(doc.select(".error").text())
        .contains("sudah diubah orang lain")
        .contains("BELUM disimpan");
    assertThat(doc.select("textarea[name=isi]").text())
        .isEqualTo("<p>Ketikan panjang editor kedua</p>");
    assertThat(doc.select("input#judul").val()).isEqualTo(title + " (kedua)");
    Article stored = articles.findById(id).orElseThrow();
    assertThat(stored.bodyHtml()).isEqualTo("<p>Versi editor pertama</p>");
    assertThat(stored.title()).isEqualTo(title);
  }

  @Test
  void everySaveIsARevisionThatCanBeComparedAndRestored() throws Exception {
    String title = TestContent.unique("Revisi Pertama");
    long id =
        Desk.idFrom(
            mvc.perform(
                    Desk.newArticle(
                        writer,
                        section,
                        author,
                        title,
                        "<p>Gubernur meresmikan jembatan baru.</p>",
                        "SIMPAN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    mvc.perform(
        Desk.save(
            writer,
            id,
            0,
            section,
            author,
            title + " diperbarui",
            "<p>Gubernur meresmikan jembatan panjang.</p><p>Paragraf tambahan.</p>",
            "SIMPAN"));
    Document list = page("/redaksi/artikel/" + id + "/revisi", writer);
    assertThat(list.select("tbody tr")).hasSize(2);
    assertThat(list.select("tbody tr").first().text())
        .contains(writer.displayName())
        .contains("Disimpan");

    Document diff = page("/redaksi/artikel/" + id + "/revisi/banding?a=1&b=2", writer);
    assertThat(diff.select(".diff-title ins").text()).isEqualTo("diperbarui");
    assertThat(diff.select(".diff-body del").text()).contains("baru.");
    assertThat(diff.select(".diff-body ins").text())
        .contains("panjang.")
        .contains("Paragraf tambahan.");
    assertThat(diff.select("table.fields tr.changed th").eachText())
        .containsExactly("Slug (berubah)");

    var restored =
        mvc.perform(
                post("/redaksi/artikel/" + id + "/revisi/1/pulihkan")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("versi", "1"))
            .andReturn()
            .getResponse();
    assertThat(restored.getRedirectedUrl()).isEqualTo("/redaksi/artikel/" + id);
    Article a = articles.findById(id).orElseThrow();
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.bodyHtml()).isEqualTo("<p>Gubernur meresmikan jembatan baru.</p>");
    assertThat(page("/redaksi/artikel/" + id + "/revisi", writer).select("tbody tr").first().text())
        .contains("Dipulihkan dari revisi 1");

    var stale =
        mvc.perform(
                post("/redaksi/artikel/" + id + "/revisi/2/pulihkan")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("versi", "1"))
            .andReturn();
    assertThat((String) stale.getFlashMap().get("error")).contains("sudah diubah orang lain");
    assertThat(articles.findById(id).orElseThrow().title()).isEqualTo(title);
  }

  @Test
  void revisionsKeepTheSeoFieldsShowThemInTheComparisonAndRestoreThem() throws Exception {
    String title = TestContent.unique("Revisi SEO");
    long id =
        Desk.idFrom(
            mvc.perform(
                    Desk.newArticle(writer, section, author, title, "<p>Isi.</p>", "SIMPAN")
                        .param("seoJudul", "Judul untuk mesin pencari")
                        .param("seoDeskripsi", "Deskripsi pertama untuk hasil pencarian."))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    mvc.perform(
        Desk.save(writer, id, 0, section, author, title, "<p>Isi.</p>", "SIMPAN")
            .param("seoJudul", "Judul SEO yang diganti")
            .param("seoDeskripsi", ""));
    Article changed = articles.findById(id).orElseThrow();
    assertThat(changed.seo().title()).isEqualTo("Judul SEO yang diganti");
    assertThat(changed.seo().description()).isEmpty();

    Document diff = page("/redaksi/artikel/" + id + "/revisi/banding?a=1&b=2", writer);
    assertThat(diff.select("table.fields tr.changed th").eachText())
        .containsExactly("Judul SEO (berubah)", "Deskripsi meta (berubah)");
    assertThat(diff.select("table.fields tr.changed").first().select("td").eachText())
        .containsExactly("Judul untuk mesin pencari", "Judul SEO yang diganti");

    mvc.perform(
        post("/redaksi/artikel/" + id + "/revisi/1/pulihkan")
            .with(Staff.as(writer))
            .with(csrf())
            .param("versi", String.valueOf(changed.version())));
    Article restored = articles.findById(id).orElseThrow();
    assertThat(restored.seo().title()).isEqualTo("Judul untuk mesin pencari");
    assertThat(restored.seo().description()).isEqualTo("Deskripsi pertama untuk hasil pencarian.");
  }

  @Test
  void aRevisionFromBeforeRevisionsKeptSeoFieldsRestoresWithoutClearingThem() throws Exception {
    String title = TestContent.unique("Revisi Lama");
    long id =
        Desk.idFrom(
            mvc.perform(
                    Desk.newArticle(editor, section, author, title, "<p>Isi lama.</p>", "SIMPAN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    // As V110 left the revisions recorded before it.
    context
        .getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
        .sql(
            "UPDATE article_revision SET seo_title = NULL, meta_description = NULL,"
                + " social_media_id = NULL WHERE article_id = :id")
        .param("id", id)
        .update();
    mvc.perform(
        Desk.save(editor, id, 0, section, author, title, "<p>Isi baru.</p>", "SIMPAN")
            .param("seoJudul", "Judul SEO sekarang"));

    Document diff = page("/redaksi/artikel/" + id + "/revisi/banding?a=1&b=2", editor);
    assertThat(diff.select("table.fields tr.changed").first().select("td").eachText())
        .containsExactly("(tidak tercatat)", "Judul SEO sekarang");
    mvc.perform(
        post("/redaksi/artikel/" + id + "/revisi/1/pulihkan")
            .with(Staff.as(editor))
            .with(csrf())
            .param("versi", String.valueOf(articles.findById(id).orElseThrow().version())));
    Article restored = articles.findById(id).orElseThrow();
    assertThat(restored.bodyHtml()).isEqualTo("<p>Isi lama.</p>");
    assertThat(restored.seo().title()).isEqualTo("Judul SEO sekarang");
  }

  @Test
  void anArticleFromBeforeTheNewsroomKeepsItsOriginalAsTheFirstRevision() throws Exception {
    var content = TestContent.of(context);
    String title = TestContent.unique("Berita Impor");
    long id =
        content.article(section, author).title(title).body("<p>Teks asli impor.</p>").create();
    Article a = articles.findById(id).orElseThrow();
    mvc.perform(
        Desk.save(
            editor, id, a.version(), section, author, title, "<p>Teks disunting.</p>", "SIMPAN"));
    Document list = page("/redaksi/artikel/" + id + "/revisi", editor);
    assertThat(list.select("tbody tr")).hasSize(2);
    assertThat(list.select("tbody tr").last().text())
        .contains("Sebelum disunting di redaksi")
        .contains("Sistem");
    Document diff = page("/redaksi/artikel/" + id + "/revisi/banding?a=1&b=2", editor);
    assertThat(diff.select(".diff-body del").text()).contains("asli impor.");
  }

  @Test
  void listFiltersByStatusSectionAuthorAndText() throws Exception {
    String title = TestContent.unique("Saringan Khusus");
    mvc.perform(Desk.newArticle(editor, section, author, title, "<p>a</p>", "TERBITKAN"));
    Document doc =
        page(
            "/redaksi/artikel?status=PUBLISHED&kanal="
                + section.id()
                + "&penulis="
                + author.id()
                + "&q="
                + title.substring(0, 12).toUpperCase(),
            editor);
    assertThat(doc.select("table.articles a").eachText()).containsExactly(title);
    Document none = page("/redaksi/artikel?status=DRAFT&kanal=" + section.id(), editor);
    assertThat(none.select("table.articles a").eachText()).doesNotContain(title);
    assertThat(
            mvc.perform(get("/redaksi/artikel?status=NGAWUR").with(Staff.as(editor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }
}
