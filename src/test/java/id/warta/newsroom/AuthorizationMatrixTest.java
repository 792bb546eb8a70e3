package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.channel.ChannelAdmin;
import id.warta.channel.ChannelForm;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every newsroom route, called as anonymous, writer, editor and admin: anonymous callers are sent
 * to the login, accounts below the route's role get 403, the others the route's answer. Every
 * state-changing route also refuses a request without a CSRF token.
 */
@WartaTest
class AuthorizationMatrixTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Workflow workflow;
  @Autowired ChannelAdmin channelAdmin;

  record Route(String method, String path, Role needed, int allowed, Map<String, String> params) {
    boolean isPost() {
      return method.equals("POST");
    }
  }

  List<Route> routes;
  Map<Role, NewsroomUser> users;
  long channel;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    var section = content.section("Kanal Matriks");
    var author = content.author("Penulis Matriks");
    long image = content.image("Kredit Matriks", "Keterangan Matriks", "Alt Matriks").id();
    long article =
        workflow.create(
            Actor.SYSTEM,
            new ArticleDraft(
                section.id(),
                TestContent.unique("Artikel Matriks"),
                null,
                "",
                "<p>a</p>",
                "",
                "",
                null,
                null,
                ArticleStatus.DRAFT,
                null,
                null,
                List.of(author.id()),
                List.of(),
                List.of()),
            Action.SIMPAN);
    var staff = Staff.of(context);
    users =
        Map.of(
            Role.WRITER,
            staff.create(Role.WRITER, author.id()),
            Role.EDITOR,
            staff.create(Role.EDITOR),
            Role.ADMIN,
            staff.create(Role.ADMIN));
    long someone = staff.create(Role.WRITER).id();
    String a = "/redaksi/artikel/" + article;
    // The writer's own draft, and an article waiting in the review queue.
    String own =
        "/redaksi/artikel/"
            + workflow.create(
                Actor.of(users.get(Role.WRITER)),
                new ArticleDraft(
                    section.id(),
                    TestContent.unique("Draf Sendiri"),
                    null,
                    "",
                    "<p>a</p>",
                    "",
                    "",
                    null,
                    null,
                    ArticleStatus.DRAFT,
                    null,
                    null,
                    List.of(author.id()),
                    List.of(),
                    List.of()),
                Action.SIMPAN);
    String queued =
        "/redaksi/artikel/"
            + workflow.create(
                Actor.SYSTEM,
                new ArticleDraft(
                    section.id(),
                    TestContent.unique("Dalam Antrean"),
                    null,
                    "",
                    "<p>a</p>",
                    "",
                    "",
                    null,
                    null,
                    ArticleStatus.DRAFT,
                    null,
                    null,
                    List.of(author.id()),
                    List.of(),
                    List.of()),
                Action.AJUKAN);
    // A feed nobody answers on: "fetch now" fails at once and the channel is disabled afterwards.
    channel =
        channelAdmin
            .create(
                ChannelForm.of(
                    TestContent.unique("Mitra Matriks"),
                    "http://127.0.0.1:9",
                    "http://127.0.0.1:9/rss"))
            .channel()
            .id();
    String m = "/redaksi/mitra/" + channel;
    routes =
        List.of(
            new Route("GET", "/redaksi", Role.WRITER, 302, Map.of()),
            new Route("GET", "/redaksi/artikel", Role.WRITER, 200, Map.of()),
            new Route("GET", "/redaksi/artikel?status=DRAFT&q=x", Role.WRITER, 200, Map.of()),
            new Route(
                "GET",
                "/redaksi/artikel?q=x+y&dari=2026-01-01&sampai=2026-12-31",
                Role.WRITER,
                200,
                Map.of()),
            new Route("GET", "/redaksi/artikel/baru", Role.WRITER, 200, Map.of()),
            new Route("POST", "/redaksi/artikel/baru", Role.WRITER, 422, Map.of()),
            // Not the writer's own draft: only editors may open or save it.
            new Route("GET", a, Role.EDITOR, 200, Map.of()),
            new Route("POST", a, Role.EDITOR, 422, Map.of("versi", "0")),
            new Route("GET", a + "/pratinjau", Role.EDITOR, 200, Map.of()),
            new Route("GET", a + "/revisi", Role.EDITOR, 200, Map.of()),
            new Route("GET", a + "/revisi/banding?a=1&b=1", Role.EDITOR, 200, Map.of()),
            new Route("GET", own, Role.WRITER, 200, Map.of()),
            new Route("GET", own + "/pratinjau", Role.WRITER, 200, Map.of()),
            new Route("GET", own + "/revisi", Role.WRITER, 200, Map.of()),
            // Someone else's submission: only editors may pull it back (a stale version: refused
            // with a message, nothing changes).
            new Route("POST", queued + "/tarik-ajuan", Role.EDITOR, 302, Map.of("versi", "999")),
            new Route(
                "POST", "/redaksi/artikel/massal", Role.EDITOR, 302, Map.of("aksi", "TERBITKAN")),
            new Route(
                "POST", "/redaksi/artikel/baru/autosimpan", Role.WRITER, 204, Map.of("judul", "x")),
            // Not the writer's own draft: only editors may keep typing for it.
            new Route("POST", a + "/autosimpan", Role.EDITOR, 204, Map.of("isi", "<p>x</p>")),
            new Route("GET", "/redaksi/tag/saran?q=ab", Role.WRITER, 200, Map.of()),
            new Route("GET", "/redaksi/media/pilih?q=ab", Role.WRITER, 200, Map.of()),
            new Route("POST", a + "/revisi/1/pulihkan", Role.EDITOR, 302, Map.of("versi", "999")),
            new Route("POST", a + "/ralat", Role.EDITOR, 302, Map.of("ralat", "x")),
            new Route("GET", "/redaksi/antrean", Role.EDITOR, 200, Map.of()),
            new Route("GET", "/redaksi/beranda", Role.EDITOR, 200, Map.of()),
            new Route("GET", "/redaksi/penulis", Role.EDITOR, 200, Map.of()),
            new Route("POST", "/redaksi/penulis", Role.EDITOR, 422, Map.of("nama", "")),
            new Route("GET", "/redaksi/penulis/" + author.id(), Role.EDITOR, 200, Map.of()),
            new Route(
                "POST", "/redaksi/penulis/" + author.id(), Role.EDITOR, 422, Map.of("nama", "")),
            new Route("GET", "/redaksi/penulis/999999999", Role.EDITOR, 404, Map.of()),
            new Route("POST", "/redaksi/beranda", Role.EDITOR, 200, Map.of("utama", "bukan-nomor")),
            new Route("GET", "/redaksi/media", Role.WRITER, 200, Map.of()),
            new Route("POST", "/redaksi/media", Role.WRITER, 422, Map.of()),
            new Route("GET", "/redaksi/media?q=matriks", Role.WRITER, 200, Map.of()),
            new Route("GET", "/redaksi/media/" + image, Role.WRITER, 200, Map.of()),
            new Route("POST", "/redaksi/media/" + image, Role.WRITER, 422, Map.of("kredit", "")),
            new Route("GET", "/redaksi/media/999999999", Role.WRITER, 404, Map.of()),
            new Route("POST", "/redaksi/media/999999999/hapus", Role.EDITOR, 404, Map.of()),
            new Route("GET", "/redaksi/epaper", Role.EDITOR, 200, Map.of()),
            new Route("POST", "/redaksi/epaper", Role.EDITOR, 422, Map.of()),
            new Route("POST", "/redaksi/epaper/999999999/ulang", Role.EDITOR, 302, Map.of()),
            new Route(
                "POST", "/redaksi/epaper/999999999/hapus", Role.EDITOR, 302, Map.of("yakin", "ya")),
            new Route("GET", "/redaksi/sandi", Role.WRITER, 200, Map.of()),
            new Route("POST", "/redaksi/sandi", Role.WRITER, 200, Map.of()),
            new Route("GET", "/redaksi/pengguna", Role.ADMIN, 200, Map.of()),
            new Route("POST", "/redaksi/pengguna", Role.ADMIN, 200, Map.of("nama", "X")),
            new Route("GET", "/redaksi/pengguna/" + someone, Role.ADMIN, 200, Map.of()),
            new Route(
                "POST", "/redaksi/pengguna/" + someone, Role.ADMIN, 200, Map.of("peran", "WRITER")),
            new Route("POST", "/redaksi/pengguna/" + someone + "/sandi", Role.ADMIN, 302, Map.of()),
            new Route("GET", "/redaksi/audit", Role.ADMIN, 200, Map.of()),
            new Route("GET", "/redaksi/cadangan", Role.ADMIN, 200, Map.of()),
            new Route("GET", "/redaksi/mitra", Role.ADMIN, 200, Map.of()),
            new Route("GET", "/redaksi/mitra/baru", Role.ADMIN, 200, Map.of()),
            new Route("POST", "/redaksi/mitra/baru", Role.ADMIN, 422, Map.of("name", "")),
            new Route("GET", m, Role.ADMIN, 200, Map.of()),
            new Route("GET", "/redaksi/mitra/999999999", Role.ADMIN, 404, Map.of()),
            new Route("POST", m, Role.ADMIN, 422, Map.of("name", "")),
            new Route("POST", m + "/nonaktifkan", Role.ADMIN, 302, Map.of()),
            new Route("POST", m + "/aktifkan", Role.ADMIN, 302, Map.of()),
            new Route("POST", m + "/ambil", Role.ADMIN, 302, Map.of()),
            new Route("GET", "/redaksi/kanal", Role.ADMIN, 200, Map.of()),
            new Route("POST", "/redaksi/kanal", Role.ADMIN, 422, Map.of("name", "")),
            new Route(
                "POST", "/redaksi/kanal/" + section.id(), Role.ADMIN, 422, Map.of("name", "")),
            new Route("POST", "/redaksi/kanal/999999999", Role.ADMIN, 404, Map.of("name", "X")),
            new Route(
                "POST", "/redaksi/kanal/" + section.id() + "/naik", Role.ADMIN, 302, Map.of()),
            new Route(
                "POST", "/redaksi/kanal/" + section.id() + "/turun", Role.ADMIN, 302, Map.of()));
  }

  @AfterEach
  void disableChannel() {
    channelAdmin.disable(channel); // other tests that fetch every enabled channel must not see it
  }

  private AbstractMockHttpServletRequestBuilder<?> request(Route route) {
    AbstractMockHttpServletRequestBuilder<?> builder;
    if (!route.isPost()) {
      builder = get(route.path());
    } else if (route.path().equals("/redaksi/media") || route.path().equals("/redaksi/epaper")) {
      builder = multipart(route.path());
    } else {
      builder = post(route.path());
    }
    route.params().forEach(builder::param);
    return builder;
  }

  @Test
  void everyRouteAnswersEveryRoleAsItShould() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Route route : routes) {
      AbstractMockHttpServletRequestBuilder<?> anonymous = request(route);
      if (route.isPost()) {
        anonymous.with(csrf());
      }
      check(wrong, route, "anonim", mvc.perform(anonymous).andReturn().getResponse(), -1);
      for (Role role : Role.values()) {
        AbstractMockHttpServletRequestBuilder<?> builder =
            request(route).with(Staff.as(users.get(role)));
        if (route.isPost()) {
          builder.with(csrf());
        }
        int expected = role.atLeast(route.needed()) ? route.allowed() : 403;
        check(wrong, route, role.name(), mvc.perform(builder).andReturn().getResponse(), expected);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(25);
  }

  private static void check(
      List<String> wrong, Route route, String who, MockHttpServletResponse response, int expected) {
    String got = response.getStatus() + " " + response.getRedirectedUrl();
    boolean ok =
        expected == -1
            ? response.getStatus() == 302
                && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/redaksi/masuk")
            : response.getStatus() == expected
                && (expected != 302 || !response.getRedirectedUrl().endsWith("/redaksi/masuk"));
    if (!ok) {
      wrong.add(
          route.method()
              + " "
              + route.path()
              + " as "
              + who
              + ": expected "
              + (expected == -1 ? "login" : expected)
              + ", got "
              + got);
    }
  }

  @Test
  void loginPageIsOpenAndLogoutWorksForEveryone() throws Exception {
    assertThat(mvc.perform(get("/redaksi/masuk")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    for (Role role : Role.values()) {
      var signedIn =
          mvc.perform(get("/redaksi/masuk").with(Staff.as(users.get(role))))
              .andReturn()
              .getResponse();
      assertThat(signedIn.getRedirectedUrl()).isEqualTo("/redaksi");
      var out =
          mvc.perform(post("/redaksi/keluar").with(Staff.as(users.get(role))).with(csrf()))
              .andReturn()
              .getResponse();
      assertThat(out.getRedirectedUrl()).isEqualTo("/redaksi/masuk?keluar=1");
    }
  }

  @Test
  void everyStateChangeWithoutACsrfTokenIsRefused() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<Route> posts = new ArrayList<>(routes.stream().filter(Route::isPost).toList());
    posts.add(new Route("POST", "/redaksi/keluar", Role.WRITER, 0, Map.of()));
    posts.add(
        new Route("POST", "/redaksi/masuk", Role.WRITER, 0, Map.of("nama", "admin", "sandi", "x")));
    for (Route route : posts) {
      var response =
          mvc.perform(request(route).with(Staff.as(users.get(Role.ADMIN))))
              .andReturn()
              .getResponse();
      if (response.getStatus() != 403) {
        wrong.add(route.path() + " answered " + response.getStatus());
      }
      var badToken =
          mvc.perform(
                  request(route)
                      .with(Staff.as(users.get(Role.ADMIN)))
                      .with(csrf().useInvalidToken()))
              .andReturn()
              .getResponse();
      if (badToken.getStatus() != 403) {
        wrong.add(route.path() + " with a wrong token answered " + badToken.getStatus());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
