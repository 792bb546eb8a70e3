package id.warta.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.newsroom.Staff;
import id.warta.platform.desk.AuditEntry;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin's sections screen at /redaksi/kanal and what readers then see in the site's menu. */
@WartaTest
class SectionAdminTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired SectionRepository sections;
  @Autowired AuditLog audit;

  NewsroomUser admin;

  @BeforeEach
  void setUp() {
    admin = Staff.of(context).create(Role.ADMIN);
  }

  @Test
  void aNewSectionGoesLastInTheSiteMenuAndCanBeRenamedAndMovedUp() throws Exception {
    String name = TestContent.unique("Kanal Baru");
    var created =
        mvc.perform(
                as(post("/redaksi/kanal"))
                    .param("name", name)
                    .param("slug", "")
                    .param("description", "Berita baru"))
            .andReturn();
    assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/kanal");
    Section section = sections.findAll().getLast();
    assertThat(section.name()).isEqualTo(name);
    assertThat(section.slug()).isEqualTo(name.toLowerCase().replace(' ', '-'));
    assertThat(section.description()).isEqualTo("Berita baru");
    Document list = page(get("/redaksi/kanal").with(Staff.sameSession(created)));
    assertThat(list.selectFirst("p.notice").text())
        .isEqualTo("Kanal " + name + " dibuat di /" + section.slug() + ".");
    assertThat(menu()).last().isEqualTo(name);
    assertThat(mvc.perform(get(section.path())).andReturn().getResponse().getStatus())
        .isEqualTo(200);

    mvc.perform(
        as(post("/redaksi/kanal/" + section.id()))
            .param("name", name + " Kini")
            .param("description", ""));
    assertThat(menu()).last().isEqualTo(name + " Kini");
    assertThat(sections.findById(section.id()).orElseThrow().slug()).isEqualTo(section.slug());

    List<String> before = menu();
    mvc.perform(as(post("/redaksi/kanal/" + section.id() + "/naik")));
    List<String> after = menu();
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.get(after.size() - 2)).isEqualTo(name + " Kini");
    assertThat(after.getLast()).isEqualTo(before.get(before.size() - 2));
    Document moved = page(get("/redaksi/kanal"));
    assertThat(moved.select("table.sections-admin tbody tr td.slug").eachText())
        .hasSize(after.size());

    mvc.perform(as(post("/redaksi/kanal/" + section.id() + "/turun")));
    assertThat(menu()).last().isEqualTo(name + " Kini");

    assertThat(
            audit.recent(20).stream()
                .filter(e -> e.target().equals("kanal " + section.slug()))
                .map(AuditEntry::action)
                .toList())
        .containsExactly("SECTION_MOVED", "SECTION_MOVED", "SECTION_RENAMED", "SECTION_CREATED");
  }

  @Test
  void reservedTakenOrMissingValuesAreRefusedWithMessagesAndNothingIsStored() throws Exception {
    int before = sections.findAll().size();
    var reserved =
        mvc.perform(
                as(post("/redaksi/kanal"))
                    .param("name", "Mitra Kami")
                    .param("slug", "mitra")
                    .param("description", "x"))
            .andReturn()
            .getResponse();
    assertThat(reserved.getStatus()).isEqualTo(422);
    Document page = Jsoup.parse(reserved.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.getElementById("slug-error").text())
        .isEqualTo("Alamat /mitra dipakai situs sendiri; pilih alamat lain.");
    assertThat(page.getElementById("name").val()).isEqualTo("Mitra Kami");
    assertThat(page.getElementById("slug").val()).isEqualTo("mitra");
    assertThat(page.getElementById("description").val()).isEqualTo("x");

    Section existing = TestContent.of(context).section("Kanal Ada");
    var taken =
        Jsoup.parse(
            mvc.perform(
                    as(post("/redaksi/kanal")).param("name", "Lain").param("slug", existing.slug()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(taken.getElementById("slug-error").text())
        .isEqualTo("Alamat /" + existing.slug() + " sudah dipakai kanal lain.");

    var blank =
        Jsoup.parse(
            mvc.perform(as(post("/redaksi/kanal")).param("name", " ").param("slug", "Huruf Besar"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(blank.getElementById("name-error").text()).isEqualTo("Nama kanal wajib diisi.");
    assertThat(blank.getElementById("slug-error").text())
        .startsWith("Alamat kanal hanya boleh berisi huruf kecil");
    assertThat(sections.findAll()).hasSize(before + 1); // only the one the test made itself

    var rename =
        mvc.perform(
                as(post("/redaksi/kanal/" + existing.id()))
                    .param("name", "")
                    .param("description", "d"))
            .andReturn()
            .getResponse();
    assertThat(rename.getStatus()).isEqualTo(422);
    Document renamed = Jsoup.parse(rename.getContentAsString(StandardCharsets.UTF_8));
    assertThat(renamed.getElementById("name-" + existing.id() + "-error").text())
        .isEqualTo("Nama kanal wajib diisi.");
    assertThat(renamed.getElementById("description-" + existing.id()).val()).isEqualTo("d");
    assertThat(renamed.getElementById("name-error")).isNull();
    assertThat(sections.findById(existing.id()).orElseThrow().name()).isEqualTo(existing.name());
  }

  private List<String> menu() throws Exception {
    var home =
        Jsoup.parse(
            mvc.perform(get("/"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    List<String> links = home.select("nav.sections[aria-label=Kanal] a").eachText();
    return links.subList(1, links.size() - 1); // without Beranda and Indeks
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    return request.with(Staff.as(admin)).with(csrf());
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request.with(Staff.as(admin))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
