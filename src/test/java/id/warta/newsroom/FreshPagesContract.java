package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.channel.ChannelAdmin;
import id.warta.channel.ChannelForm;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import id.warta.epaper.TestPdfs;
import id.warta.platform.PageCache;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every write readers can see, made from the newsroom's screens, shows on the next request of a
 * page that was cached before it (page cache on). Runs on SQLite ({@code FreshPagesTest}) and
 * PostgreSQL ({@code FreshPagesIT}).
 */
abstract class FreshPagesContract {
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired PageCache cache;
  @Autowired ArticleRepository articles;
  @Autowired ChannelAdmin channels;
  @Autowired EditionService editions;

  TestContent content;
  NewsroomUser admin;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    admin = Staff.of(context).create(Role.ADMIN);
    section = content.section("Kanal Segar");
    author = content.author("Penulis Segar");
  }

  @Test
  void savingHomeCurationShowsTheNewHeadline() throws Exception {
    String title = TestContent.unique("Pilihan Redaksi");
    long chosen = content.article(section, author).title(title).create();
    cached("/");

    send(as(post("/redaksi/beranda")).param("utama", String.valueOf(chosen)));

    assertThat(page("/").select(".headline-title").text()).isEqualTo(title);
  }

  @Test
  void aNewSectionIsInTheMenuAtOnce() throws Exception {
    cached("/");
    String name = TestContent.unique("Kanal Anyar");

    send(as(post("/redaksi/kanal")).param("name", name).param("slug", "").param("description", ""));

    assertThat(menu("/")).contains(name);
  }

  @Test
  void aRenamedSectionShowsItsNewNameOnItsPageAndInTheMenu() throws Exception {
    content.article(section, author).create();
    cached(section.path());
    cached("/");
    String name = TestContent.unique("Kanal Berganti");

    send(as(post("/redaksi/kanal/" + section.id())).param("name", name).param("description", ""));

    assertThat(page(section.path()).select("h1").text()).contains(name);
    assertThat(menu("/")).contains(name);
  }

  @Test
  void aReorderedMenuShowsTheNewOrder() throws Exception {
    Section last = content.section("Kanal Terakhir");
    List<String> before = menu("/");
    int at = before.indexOf(last.name());

    send(as(post("/redaksi/kanal/" + last.id() + "/naik")));

    assertThat(menu("/").indexOf(last.name())).isEqualTo(at - 1);
  }

  @Test
  void aRenamedPartnerChannelShowsItsNewName() throws Exception {
    var made =
        channels.create(
            ChannelForm.of(
                TestContent.unique("Mitra Segar"),
                "https://segar.example",
                "https://segar.example/rss"));
    String path = made.channel().path();
    cached(path);
    String name = TestContent.unique("Mitra Berganti");

    send(
        as(post("/redaksi/mitra/" + made.channel().id()))
            .param("name", name)
            .param("slug", made.channel().slug())
            .param("siteUrl", "https://segar.example")
            .param("feedUrl", "https://segar.example/rss")
            .param("refreshMinutes", "30")
            .param("maxItems", "10")
            .param("position", "0"));

    assertThat(page(path).select("h1").text()).contains(name);
  }

  @Test
  void anEditionBecomingReadyIsInTheArchiveAtOnce() throws Exception {
    var date = TestPdfs.uniqueDate();
    String archive = "/epaper?bulan=" + date.toString().substring(0, 7);
    send(get(archive));

    var progress =
        editions.upload(
            EditionUpload.withoutFocus(TestPdfs.pages(1, "edisi segar"), date, "Edisi Segar"));
    assertThat(editions.awaitProcessing(progress.editionId(), Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);

    assertThat(page(archive).select("a[href]").eachAttr("href")).contains("/epaper/" + date);
  }

  @Test
  void aCorrectionShowsOnTheArticlePage() throws Exception {
    long id = content.article(section, author).create();
    String path = path(id);
    cached(path);

    send(
        as(post("/redaksi/artikel/" + id + "/ralat"))
            .param("ralat", "Nama narasumber diperbaiki."));

    assertThat(page(path).select(".correction").text()).contains("Nama narasumber diperbaiki.");
  }

  @Test
  void aDraftSeenInPreviewShowsItsRelatedArticlesOncePublished() throws Exception {
    String words =
        "<p>Gelombang "
            + TestContent.unique("pasang surut")
            + " merendam dermaga Tanjung Priok.</p>";
    String similarTitle = TestContent.unique("Dermaga Tanjung Priok Terendam");
    content.article(section, author).title(similarTitle).body(words).create();
    long draft =
        content
            .article(section, author)
            .title(TestContent.unique("Dermaga Priok"))
            .body(words)
            .status(ArticleStatus.DRAFT)
            .create();
    var preview = send(get("/redaksi/artikel/" + draft + "/pratinjau").with(Staff.as(admin)));
    assertThat(preview.getStatus()).isEqualTo(200);
    cached(section.path());

    var a = articles.findById(draft).orElseThrow();
    send(Desk.save(admin, draft, a.version(), section, author, a.title(), words, "TERBITKAN"));

    Document published = page(path(draft));
    assertThat(published.select(".read-also, .related").text()).contains(similarTitle);
    assertThat(page(section.path()).text()).contains(a.title());
  }

  @Test
  void aWithdrawnArticleLeavesItsPageAndItsLists() throws Exception {
    String title = TestContent.unique("Akan Ditarik");
    long id = content.article(section, author).title(title).publishedAt(Instant.now()).create();
    String path = path(id);
    cached(path);
    cached(section.path());
    cached("/");
    assertThat(page(section.path()).text()).contains(title);
    assertThat(page("/").text()).contains(title);

    var a = articles.findById(id).orElseThrow();
    send(Desk.save(admin, id, a.version(), section, author, title, a.bodyHtml(), "TARIK"));

    assertThat(send(get(path)).getStatus()).isEqualTo(404);
    assertThat(page(section.path()).text()).doesNotContain(title);
    assertThat(page("/").text()).doesNotContain(title);
  }

  @Test
  void aNewArticleIsOnTheHomePageAndItsSectionAtOnce() throws Exception {
    cached("/");
    cached(section.path());
    String title = TestContent.unique("Baru Terbit");

    content.article(section, author).title(title).publishedAt(Instant.now()).create();

    assertThat(page("/").text()).contains(title);
    assertThat(page(section.path()).text()).contains(title);
  }

  private void cached(String path) throws Exception {
    assertThat(send(get(path)).getStatus()).isEqualTo(200);
    assertThat(cache.holds(path)).as(path + " is cached").isTrue();
  }

  private List<String> menu(String path) throws Exception {
    return page(path).select("nav.sections a").eachText();
  }

  private Document page(String path) throws Exception {
    var response = send(get(path));
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private String path(long id) {
    var a = articles.findById(id).orElseThrow();
    return "/" + section.slug() + "/" + id + "/" + a.slug();
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    return request.with(Staff.as(admin)).with(csrf());
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
