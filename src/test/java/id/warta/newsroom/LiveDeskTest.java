package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.article.TestContent;
import id.warta.liveblog.LiveBlogRepository;
import id.warta.liveblog.LiveBlogService;
import id.warta.liveblog.LiveEntry;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The live blog's newsroom screen: who may use it, and what an editor does there. */
@WartaTest
class LiveDeskTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired LiveBlogService live;
  @Autowired LiveBlogRepository entries;

  Section section;
  long article;
  String base;
  NewsroomUser writer;
  NewsroomUser editor;
  NewsroomUser admin;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section("Kanal Redaksi Langsung");
    article =
        content
            .article(section, content.author("Reporter"))
            .title(TestContent.unique("Gempa Langsung"))
            .create();
    base = "/redaksi/langsung/" + article;
    var staff = Staff.of(context);
    writer = staff.create(Role.WRITER);
    editor = staff.create(Role.EDITOR);
    admin = staff.create(Role.ADMIN);
  }

  @Test
  void onlyEditorsAndAdminsUseTheLiveScreen() throws Exception {
    live.start(article);
    long entry =
        live.post(
            article, new id.warta.liveblog.EntryDraft("Entri uji", null, "", false, false), "uji");
    Map<String, MockHttpServletRequestBuilder> routes =
        Map.of(
            "screen", get(base),
            "start", post(base + "/mulai").with(csrf()),
            "post", post(base + "/entri").with(csrf()).param("teks", "Dari matriks"),
            "edit",
                post(base + "/entri/" + entry)
                    .with(csrf())
                    .param("teks", "Diubah matriks")
                    .param("versi", "99"),
            "delete", post(base + "/entri/" + entry + "/hapus").with(csrf()).param("versi", "99"),
            "end", post(base + "/selesai").with(csrf()));
    for (var route : routes.entrySet()) {
      String name = route.getKey();
      assertThat(send(route.getValue()).getStatus()).as("anonymous " + name).isEqualTo(302);
      assertThat(send(route.getValue().with(Staff.as(writer))).getStatus())
          .as("writer " + name)
          .isEqualTo(403);
    }
    assertThat(
            send(post(base + "/entri").with(Staff.as(editor)).param("teks", "tanpa token"))
                .getStatus())
        .as("no CSRF token")
        .isEqualTo(403);
    assertThat(send(get(base).with(Staff.as(editor))).getStatus()).isEqualTo(200);
    assertThat(send(get(base).with(Staff.as(admin))).getStatus()).isEqualTo(200);
    assertThat(
            send(post(base + "/entri")
                    .with(Staff.as(admin))
                    .with(csrf())
                    .param("teks", "Dari admin"))
                .getStatus())
        .isEqualTo(302);
    assertThat(entries.findEntries(article, 10))
        .extracting(LiveEntry::bodyHtml)
        .as("only the admin's entry was added")
        .containsExactly("<p>Dari admin</p>", "<p>Entri uji</p>");
  }

  @Test
  void anEditorStartsPostsEditsAndDeletesAndReadersSeeEachChange() throws Exception {
    var screen = page(get(base).with(Staff.as(editor)));
    assertThat(screen.select("button").text()).contains("Mulai liputan langsung");
    assertThat(send(post(base + "/mulai").with(Staff.as(editor)).with(csrf())).getStatus())
        .isEqualTo(302);

    MvcResult posted =
        mvc.perform(
                post(base + "/entri")
                    .with(Staff.as(editor))
                    .with(csrf())
                    .param("teks", "Gempa berkekuatan 5,6 mengguncang.")
                    .param("penting", "on"))
            .andReturn();
    assertThat(posted.getResponse().getStatus()).isEqualTo(302);
    LiveEntry entry = entries.findEntries(article, 1).getFirst();
    assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(base + "#entri-" + entry.id());
    Document after = page(get(base).with(Staff.as(editor)).with(Staff.sameSession(posted)));
    assertThat(after.select(".notice").text()).isEqualTo("Entri diterbitkan.");
    assertThat(after.select(".live-entries .live-text").text())
        .as("the editor sees the entry as readers do")
        .isEqualTo("Gempa berkekuatan 5,6 mengguncang.");
    assertThat(reader().select(".live-entries .live-text").eachText())
        .containsExactly("Gempa berkekuatan 5,6 mengguncang.");
    assertThat(reader().select(".live-key-events").text()).contains("Gempa berkekuatan 5,6");

    assertThat(
            send(post(base + "/entri/" + entry.id())
                    .with(Staff.as(editor))
                    .with(csrf())
                    .param("teks", "Gempa berkekuatan 5,8 mengguncang.")
                    .param("versi", "1"))
                .getStatus())
        .isEqualTo(302);
    assertThat(reader().select(".live-entries .live-text").eachText())
        .containsExactly("Gempa berkekuatan 5,8 mengguncang.");
    assertThat(reader().select(".live-key-events")).as("no longer a key event").isEmpty();

    assertThat(
            send(post(base + "/entri/" + entry.id() + "/hapus")
                    .with(Staff.as(editor))
                    .with(csrf())
                    .param("versi", "2"))
                .getStatus())
        .isEqualTo(302);
    assertThat(reader().select(".live-entries > li")).isEmpty();
    assertThat(entries.findRevisions(entry.id()))
        .extracting(LiveBlogRepository.EntryRevision::action)
        .containsExactly("POSTED", "EDITED", "DELETED");
    assertThat(entries.findRevisions(entry.id()))
        .extracting(LiveBlogRepository.EntryRevision::changedBy)
        .containsOnly(editor.username());

    assertThat(send(post(base + "/selesai").with(Staff.as(editor)).with(csrf())).getStatus())
        .isEqualTo(302);
    assertThat(page(get(base).with(Staff.as(editor))).select("button").text())
        .contains("Lanjutkan liputan langsung");
  }

  @Test
  void aRefusedEntryKeepsTheTextAndChangesNothing() throws Exception {
    live.start(article);
    var response =
        send(
            post(base + "/entri")
                .with(Staff.as(editor))
                .with(csrf())
                .param("teks", "Teks yang berharga")
                .param("sematan", "https://contoh.example/video"));
    assertThat(response.getStatus()).isEqualTo(422);
    Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.select(".error").text()).contains("YouTube");
    assertThat(page.select("#teks").text()).isEqualTo("Teks yang berharga");
    assertThat(page.select("#sematan").val()).isEqualTo("https://contoh.example/video");
    assertThat(entries.countEntries(article)).isZero();
  }

  @Test
  void anEditOverSomeoneElsesChangeIsRefusedWith409() throws Exception {
    live.start(article);
    long entry =
        live.post(article, new id.warta.liveblog.EntryDraft("Asli", null, "", false, false), "ani");
    live.edit(
        entry, 1, new id.warta.liveblog.EntryDraft("Versi Ani", null, "", false, false), "ani");

    var response =
        send(
            post(base + "/entri/" + entry)
                .with(Staff.as(editor))
                .with(csrf())
                .param("teks", "Versi Budi")
                .param("versi", "1"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(
            Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .select(".error")
                .text())
        .contains("sudah diubah");
    assertThat(entries.findEntry(entry).orElseThrow().bodyHtml()).isEqualTo("<p>Versi Ani</p>");
  }

  @Test
  void theEditorLinksToTheLiveScreen() throws Exception {
    assertThat(
            page(get("/redaksi/artikel/" + article).with(Staff.as(editor)))
                .select("a[href=" + base + "]"))
        .hasSize(1);
    assertThat(
            page(get("/redaksi/artikel/" + article).with(Staff.as(writer)))
                .select("a[href=" + base + "]"))
        .isEmpty();
  }

  private Document reader() throws Exception {
    var a = articles.findById(article).orElseThrow();
    return page(get(ArticleSummary.path(section.slug(), a.id(), a.slug())));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    var response = send(request);
    assertThat(response.getStatus()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
