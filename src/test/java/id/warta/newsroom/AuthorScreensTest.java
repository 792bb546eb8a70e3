package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.AuthorRepository;
import id.warta.media.Rendition;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Editors create and edit authors at /redaksi/penulis; the author's page shows the profile. */
@WartaTest
class AuthorScreensTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AuthorRepository authors;

  NewsroomUser editor;

  @BeforeEach
  void setUp() {
    editor = Staff.of(context).create(Role.EDITOR);
  }

  private MockHttpServletRequestBuilder form(
      String path, String name, String slug, String photo, String bio, String links) {
    return post(path)
        .with(Staff.as(editor))
        .with(csrf())
        .param("nama", name)
        .param("slug", slug)
        .param("foto", photo)
        .param("bio", bio)
        .param("tautan", links);
  }

  private Document get200(String path) throws Exception {
    var r = mvc.perform(get(path).with(Staff.as(editor))).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString());
  }

  @Test
  void aNewcolleagueGetsABylineWithPhotoBioAndLinks() throws Exception {
    var photo = TestContent.of(context).image("Foto: Redaksi", "Potret Sari", "Sari tersenyum");
    String name = TestContent.unique("Sari Wulandari");
    var created =
        mvc.perform(
                form(
                    "/redaksi/penulis",
                    name,
                    "",
                    String.valueOf(photo.id()),
                    "Wartawan ekonomi sejak 2019.",
                    "https://sari.example/\nhttps://mastodon.example/@sari"))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(302);
    long id =
        Long.parseLong(
            created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
    var profile = authors.findProfile(id).orElseThrow();
    assertThat(profile.photoMediaId()).isEqualTo(photo.id());

    assertThat(get200("/redaksi/penulis").select("table.authors a").eachText()).contains(name);
    Document edit = get200("/redaksi/penulis/" + id);
    assertThat(edit.select("#nama").val()).isEqualTo(name);
    assertThat(edit.select("#foto option[selected]").val()).isEqualTo(String.valueOf(photo.id()));

    var page = mvc.perform(get("/penulis/" + profile.slug())).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    Document reader = Jsoup.parse(page.getContentAsString());
    assertThat(reader.select("h1").text()).isEqualTo(name);
    assertThat(reader.select(".intro").text()).isEqualTo("Wartawan ekonomi sejak 2019.");
    assertThat(reader.select("img.author-photo").attr("src")).isEqualTo(photo.url(Rendition.SMALL));
    assertThat(reader.select("img.author-photo").attr("alt")).isEqualTo("Sari tersenyum");
    assertThat(reader.select(".author-links a").eachAttr("href"))
        .containsExactly("https://sari.example/", "https://mastodon.example/@sari");

    // Renamed: the author's page follows; the address stays unless changed.
    var renamed =
        mvc.perform(
                form(
                    "/redaksi/penulis/" + id, name + " Putri", profile.slug(), "", "Bio baru.", ""))
            .andReturn()
            .getResponse();
    assertThat(renamed.getStatus()).isEqualTo(302);
    Document after =
        Jsoup.parse(
            mvc.perform(get("/penulis/" + profile.slug()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(after.select("h1").text()).isEqualTo(name + " Putri");
    assertThat(after.select("img.author-photo")).isEmpty();
  }

  @Test
  void creatingAndEditingAnAuthorAreInTheAuditLog() throws Exception {
    String name = TestContent.unique("Dewi Lestari");
    var created =
        mvc.perform(form("/redaksi/penulis", name, "", "", "Bio.", "")).andReturn().getResponse();
    String path = created.getRedirectedUrl();
    long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    var profile = authors.findProfile(id).orElseThrow();
    String target = "penulis " + id + " /penulis/" + profile.slug();
    // Refused input (a name is required) records nothing.
    mvc.perform(form("/redaksi/penulis/" + id, "", profile.slug(), "", "Bio.", ""));
    mvc.perform(
        form("/redaksi/penulis/" + id, name + " Putri", profile.slug(), "", "Bio baru.", ""));

    String html =
        mvc.perform(get("/redaksi/audit").with(Staff.as(Staff.of(context).create(Role.ADMIN))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    var rows =
        Jsoup.parse(html).select("tbody tr").stream()
            .filter(tr -> tr.child(3).text().equals(target))
            .map(tr -> tr.child(1).text() + " | " + tr.child(2).text() + " | " + tr.child(4).text())
            .toList();
    assertThat(rows)
        .containsExactly(
            editor.displayName()
                + " | AUTHOR_UPDATED | nama: "
                + name
                + " → "
                + name
                + " Putri; bio",
            editor.displayName() + " | AUTHOR_CREATED | " + name);
  }

  @Test
  void badInputIsShownAndChangesNothing() throws Exception {
    String name = TestContent.unique("Penulis Tautan");
    var badLink =
        mvc.perform(form("/redaksi/penulis", name, "", "", "", "javascript:alert(1)"))
            .andReturn()
            .getResponse();
    assertThat(badLink.getStatus()).isEqualTo(422);
    Document page = Jsoup.parse(badLink.getContentAsString());
    assertThat(page.select(".error").text()).contains("bukan alamat web");
    assertThat(page.select("#nama").val()).isEqualTo(name);
    assertThat(authors.findByName(name)).isEmpty();

    var existing = TestContent.of(context).author("Penulis Ada");
    var taken =
        mvc.perform(form("/redaksi/penulis", name, existing.slug(), "", "", ""))
            .andReturn()
            .getResponse();
    assertThat(taken.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(taken.getContentAsString()).select(".error").text())
        .contains("sudah dipakai");
    var noPhoto =
        mvc.perform(form("/redaksi/penulis", name, "", "999999999", "", ""))
            .andReturn()
            .getResponse();
    assertThat(noPhoto.getStatus()).isEqualTo(422);
    assertThat(authors.findByName(name)).isEmpty();
  }
}
