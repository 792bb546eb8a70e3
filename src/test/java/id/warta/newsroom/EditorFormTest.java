package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What the editor is told after a save, and what the Baca Juga fields accept. */
@WartaTest
class EditorFormTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired JdbcClient jdbc;

  NewsroomUser editor;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    editor = Staff.of(context).create(Role.EDITOR);
    section = content.section("Kanal Formulir");
    author = content.author("Penulis Formulir");
  }

  @Test
  void theNoticeSaysOnceWhatHappened() throws Exception {
    var saved =
        mvc.perform(
                Desk.newArticle(
                    editor, section, author, TestContent.unique("Draf"), "<p>a</p>", "SIMPAN"))
            .andReturn();
    assertThat(saved.getFlashMap().get("notice")).isEqualTo("Artikel disimpan.");
    long id = Desk.idFrom(saved.getResponse().getRedirectedUrl());
    Document page = page("/redaksi/artikel/" + id, saved);
    assertThat(page.select(".notice").text()).isEqualTo("Artikel disimpan.");

    var published =
        mvc.perform(
                Desk.newArticle(
                    editor, section, author, TestContent.unique("Terbit"), "<p>a</p>", "TERBITKAN"))
            .andReturn();
    assertThat(published.getFlashMap().get("notice")).isEqualTo("Artikel diterbitkan.");

    int version = articles.findById(id).orElseThrow().version();
    var resaved =
        mvc.perform(
                Desk.save(editor, id, version, section, author, "Draf Lagi", "<p>b</p>", "SIMPAN"))
            .andReturn();
    assertThat(resaved.getFlashMap().get("notice")).isEqualTo("Artikel disimpan.");
  }

  @Test
  void bacaJugaTakesOnlyThisSitesArticles() throws Exception {
    long target =
        TestContent.of(context)
            .article(section, author)
            .title(TestContent.unique("Tujuan"))
            .create();
    String slug = articles.findById(target).orElseThrow().slug();

    for (String foreign :
        new String[] {
          "https://evil.example/x/" + target,
          "//evil.example/" + section.slug() + "/" + target + "/" + slug
        }) {
      long before = articleCount();
      MockHttpServletResponse refused =
          mvc.perform(
                  Desk.newArticle(
                          editor,
                          section,
                          author,
                          TestContent.unique("Asing"),
                          "<p>a</p>",
                          "SIMPAN")
                      .param("bacaJuga", foreign))
              .andReturn()
              .getResponse();
      assertThat(refused.getStatus()).as(foreign).isEqualTo(422);
      assertThat(Jsoup.parse(refused.getContentAsString()).select(".error").text())
          .isEqualTo(
              "\""
                  + foreign
                  + "\" bukan alamat artikel situs ini; Baca Juga hanya memuat artikel localhost"
                  + " (alamat atau nomornya).");
      assertThat(articleCount()).isEqualTo(before);
    }

    MockHttpServletResponse inline =
        mvc.perform(
                Desk.newArticle(
                        editor, section, author, TestContent.unique("Asing"), "<p>a</p>", "SIMPAN")
                    .param("bacaJugaDalam", "https://evil.example/x/" + target))
            .andReturn()
            .getResponse();
    assertThat(inline.getStatus()).isEqualTo(422);

    String own = "http://localhost:8080/" + section.slug() + "/" + target + "/" + slug;
    var accepted =
        mvc.perform(
                Desk.newArticle(
                        editor,
                        section,
                        author,
                        TestContent.unique("Sendiri"),
                        "<p>a</p>",
                        "SIMPAN")
                    .param("bacaJuga", own + ", /" + section.slug() + "/" + target)
                    .param("bacaJugaDalam", String.valueOf(target)))
            .andReturn()
            .getResponse();
    assertThat(accepted.getStatus()).isEqualTo(302);
    long id = Desk.idFrom(accepted.getRedirectedUrl());
    assertThat(articles.findById(id).orElseThrow().readAlsoId()).isEqualTo(target);
    assertThat(articles.findRelatedIds(id)).containsExactly(target);
  }

  private long articleCount() {
    return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
  }

  /** The page the editor is sent to after a save, in the session that save kept (its notice). */
  private Document page(String path, MvcResult after) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(Staff.as(editor)).with(Staff.sameSession(after)))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
