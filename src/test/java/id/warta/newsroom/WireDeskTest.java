package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.article.TestContent;
import id.warta.media.MediaRepository;
import id.warta.platform.desk.Role;
import id.warta.section.SectionRepository;
import id.warta.wire.WireFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The wire desk's routes by role, and "Ambil" as a writer sees it, through to the editor's notice.
 */
@WartaTest
class WireDeskTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired SectionRepository sections;
  @Autowired MediaRepository media;

  Staff staff() {
    return Staff.of(context);
  }

  int status(MvcResult r) {
    return r.getResponse().getStatus();
  }

  static Document html(MvcResult r) throws Exception {
    return Jsoup.parse(r.getResponse().getContentAsString());
  }

  @Test
  void routesByRole() throws Exception {
    var writer = staff().create(Role.WRITER);
    var editor = staff().create(Role.EDITOR);
    var admin = staff().create(Role.ADMIN);

    MvcResult anonymous = mvc.perform(get("/redaksi/kawat")).andReturn();
    assertThat(status(anonymous)).isEqualTo(302);
    assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/redaksi/masuk");
    assertThat(status(mvc.perform(get("/redaksi/kawat/sumber")).andReturn())).isEqualTo(302);

    for (var user : java.util.List.of(writer, editor, admin)) {
      assertThat(status(mvc.perform(get("/redaksi/kawat").with(Staff.as(user))).andReturn()))
          .isEqualTo(200);
    }
    for (var user : java.util.List.of(writer, editor)) {
      assertThat(status(mvc.perform(get("/redaksi/kawat/sumber").with(Staff.as(user))).andReturn()))
          .isEqualTo(403);
      assertThat(
              status(
                  mvc.perform(
                          post("/redaksi/kawat/sumber")
                              .with(Staff.as(user))
                              .with(csrf())
                              .param("name", "x")
                              .param("kind", "RSS")
                              .param("location", "https://a.example/rss")
                              .param("agency", "X"))
                      .andReturn()))
          .isEqualTo(403);
    }
    assertThat(status(mvc.perform(get("/redaksi/kawat/sumber").with(Staff.as(admin))).andReturn()))
        .isEqualTo(200);
    // no CSRF token, no change
    assertThat(
            status(
                mvc.perform(
                        post("/redaksi/kawat/sumber")
                            .with(Staff.as(admin))
                            .param("name", "x")
                            .param("kind", "RSS")
                            .param("location", "https://a.example/rss")
                            .param("agency", "X"))
                    .andReturn()))
        .isEqualTo(403);
  }

  @Test
  void anAdminAddsASourceAndABadOneIsExplained() throws Exception {
    var admin = staff().create(Role.ADMIN);
    String name = TestContent.unique("Antara");
    MvcResult saved =
        mvc.perform(
                post("/redaksi/kawat/sumber")
                    .with(Staff.as(admin))
                    .with(csrf())
                    .param("name", name)
                    .param("kind", "NINJS_HTTP")
                    .param("location", "https://antara.example/ninjs")
                    .param("agency", "antara")
                    .param("pollMinutes", "5")
                    .param("enabled", "true"))
            .andReturn();
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/kawat/sumber");
    Document list =
        html(
            mvc.perform(
                    get("/redaksi/kawat/sumber")
                        .with(Staff.as(admin))
                        .with(Staff.sameSession(saved)))
                .andReturn());
    assertThat(list.select("p.notice").text()).isEqualTo("Sumber kawat " + name + " disimpan.");
    assertThat(list.select("td.name").eachText()).contains(name);
    assertThat(list.select("td.agency").eachText()).contains("ANTARA");

    MvcResult refused =
        mvc.perform(
                post("/redaksi/kawat/sumber")
                    .with(Staff.as(admin))
                    .with(csrf())
                    .param("name", TestContent.unique("Luar"))
                    .param("kind", "NEWSML_FOLDER")
                    .param("location", "../../etc")
                    .param("agency", "X"))
            .andReturn();
    assertThat(status(refused)).isEqualTo(200);
    assertThat(html(refused).select("ul.errors li").text())
        .startsWith("Folder harus berada di dalam folder kawat");
  }

  @Test
  void aWriterTakesAPhotoItemIntoADraftOwnedByThemAndSeesTheWithdrawal() throws Exception {
    var writer = staff().create(Role.WRITER);
    var fixtures = WireFixtures.of(context);
    String folderName = TestContent.unique("getty").replace(' ', '-');
    Path folder = Files.createDirectories(fixtures.folderRoot().resolve(folderName));
    Files.writeString(
        folder.resolve("foto.xml"), WireFixtures.sample("LISTING_3_Photo_in_NewsML-G2.xml"));
    Files.write(folder.resolve("GYI0062134533.jpg"), Images.encode("jpg", 1500, 1001));
    long source = fixtures.folderSource("GETTY", folderName);
    fixtures.poll(source);
    long section = TestContent.of(context).section("Nusantara").id();

    Document queue =
        html(
            mvc.perform(
                    get("/redaksi/kawat")
                        .param("sumber", String.valueOf(source))
                        .with(Staff.as(writer)))
                .andReturn());
    var link = queue.selectFirst("td.headline a");
    assertThat(link.text())
        .isEqualTo("Variety Of Recessionary Forces Leave Las Vegas Economy Scarred");
    String itemPath = link.attr("href");

    MvcResult taken =
        mvc.perform(
                post(itemPath + "/ambil")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("sectionId", String.valueOf(section)))
            .andReturn();
    String draftPath = taken.getResponse().getRedirectedUrl();
    assertThat(draftPath).matches("/redaksi/artikel/\\d+");
    long articleId = Long.parseLong(draftPath.substring(draftPath.lastIndexOf('/') + 1));

    // the writer who took it may edit it (their own draft) and sees the notice
    Document editor =
        html(
            mvc.perform(get(draftPath).with(Staff.as(writer)).with(Staff.sameSession(taken)))
                .andReturn());
    assertThat(editor.select("p.notice").text()).isEqualTo("Berita kawat diambil sebagai draf.");
    assertThat(editor.select("p.wire-notice")).isEmpty();

    var article = articles.findById(articleId).orElseThrow();
    assertThat(article.title())
        .isEqualTo("Variety Of Recessionary Forces Leave Las Vegas Economy Scarred");
    assertThat(article.source()).isEqualTo("GETTY");
    assertThat(article.leadMediaId()).isNotNull();
    var photo = media.findById(article.leadMediaId()).orElseThrow();
    assertThat(photo.credit()).isEqualTo("Getty Images");
    assertThat(photo.caption()).startsWith("A general view of part of downtown");

    // a second Ambil is refused and leads to the draft
    MvcResult again =
        mvc.perform(
                post(itemPath + "/ambil")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("sectionId", String.valueOf(section)))
            .andReturn();
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(draftPath);

    // the agency withdraws it: the draft's editor is told
    String withdrawn =
        WireFixtures.sample("LISTING_3_Photo_in_NewsML-G2.xml")
            .replace("version=\"11\"", "version=\"12\"")
            .replace(
                "<itemClass qcode=\"ninat:picture\"/>",
                "<itemClass qcode=\"ninat:picture\"/><pubStatus qcode=\"stat:withdrawn\"/>");
    Files.writeString(folder.resolve("tarik.xml"), withdrawn);
    fixtures.poll(source);
    Document warned = html(mvc.perform(get(draftPath).with(Staff.as(writer))).andReturn());
    assertThat(warned.select("p.wire-notice").text())
        .startsWith("Kantor berita GETTY MENARIK berita ini (versi 12)");
    Document marked =
        html(
            mvc.perform(
                    get("/redaksi/kawat")
                        .param("sumber", String.valueOf(source))
                        .with(Staff.as(writer)))
                .andReturn());
    assertThat(marked.select("td.status").text()).contains("Ditarik");
    assertThat(marked.select("td.version").text()).contains("Versi baru");
  }
}
