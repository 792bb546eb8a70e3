package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class AccountsTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  private MockHttpServletResponse login(String name, String password, String address) throws Exception {
    return mvc.perform(
            post("/redaksi/masuk").param("nama", name).param("sandi", password).with(csrf())
                .with(Staff.from(address)))
        .andReturn()
        .getResponse();
  }

  @Test
  void firstStartCreatesOneAdminWithAGeneratedPassword() {
    NewsroomUser admin = accounts.findByUsername("admin").orElseThrow();
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    String hash =
        jdbc.sql("SELECT password_hash FROM newsroom_user WHERE username = 'admin'").query(String.class).single();
    assertThat(hash).startsWith("$2");
  }

  @Test
  void anonymousIsSentToTheLoginPage() throws Exception {
    var response = mvc.perform(get("/redaksi/artikel")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/redaksi/masuk");
    var page = mvc.perform(get("/redaksi/masuk")).andReturn().getResponse();
    var doc = Jsoup.parse(page.getContentAsString());
    assertThat(doc.select("h1").text()).isEqualTo("Masuk ke redaksi");
    assertThat(doc.select("input[name=_csrf]").attr("value")).isNotBlank();
  }

  @Test
  void loginWorksChangesTheSessionIdAndLogoutEndsIt() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    MockHttpSession session = new MockHttpSession();
    String before = session.getId();
    var response =
        mvc.perform(post("/redaksi/masuk").session(session).param("nama", writer.username())
                .param("sandi", Staff.PASSWORD).with(csrf()).with(Staff.from("10.1.0.1")))
            .andReturn().getResponse();
    assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi");
    assertThat(session.getId()).isNotEqualTo(before);
    var list = mvc.perform(get("/redaksi/sandi").session(session)).andReturn().getResponse();
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(list.getContentAsString()).select(".who").text()).contains(writer.displayName());
    var out = mvc.perform(post("/redaksi/keluar").session(session).with(csrf())).andReturn().getResponse();
    assertThat(out.getRedirectedUrl()).isEqualTo("/redaksi/masuk?keluar=1");
    assertThat(mvc.perform(get("/redaksi/artikel").session(session)).andReturn().getResponse().getStatus())
        .isEqualTo(302);
  }

  @Test
  void wrongPasswordFailsAndFiveFailuresMakeEvenTheRightPasswordWait() throws Exception {
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(login(editor.username(), "salah-salah-salah", "10.2.0." + i).getRedirectedUrl())
          .isEqualTo("/redaksi/masuk?gagal=1");
    }
    assertThat(login(editor.username(), Staff.PASSWORD, "10.2.1.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?tunggu=1");
    var page = mvc.perform(get("/redaksi/masuk?tunggu=1")).andReturn().getResponse();
    assertThat(Jsoup.parse(page.getContentAsString()).select(".error").text())
        .contains("Terlalu banyak percobaan");
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedDownToo() throws Exception {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      login("tidak-ada-" + i, "salah-salah-salah", "10.3.0.1");
    }
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    assertThat(login(writer.username(), Staff.PASSWORD, "10.3.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?tunggu=1");
    assertThat(login(writer.username(), Staff.PASSWORD, "10.3.0.2").getRedirectedUrl())
        .isEqualTo("/redaksi");
  }

  @Test
  void growingDelay() {
    assertThat(LoginThrottle.delay(5)).hasSeconds(15);
    assertThat(LoginThrottle.delay(6)).hasSeconds(30);
    assertThat(LoginThrottle.delay(7)).hasSeconds(60);
    assertThat(LoginThrottle.delay(50)).isEqualTo(LoginThrottle.MAX_DELAY);
  }

  @Test
  void disabledAccountCannotLogInAndIsSignedOut() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    accounts.update(Actor.SYSTEM, writer.id(), writer.displayName(), Role.WRITER, false, null);
    assertThat(login(writer.username(), Staff.PASSWORD, "10.4.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?gagal=1");
    var response = mvc.perform(get("/redaksi/artikel").with(Staff.as(writer))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
  }

  @Test
  void csrfTokenIsRequired() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    var response =
        mvc.perform(post("/redaksi/sandi").with(Staff.as(writer)).param("lama", Staff.PASSWORD)
                .param("baru", "sandi-baru-yang-panjang").param("ulang", "sandi-baru-yang-panjang"))
            .andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(login(writer.username(), Staff.PASSWORD, "10.5.0.1").getRedirectedUrl()).isEqualTo("/redaksi");
    var noToken =
        mvc.perform(post("/redaksi/masuk").param("nama", writer.username()).param("sandi", Staff.PASSWORD))
            .andReturn().getResponse();
    assertThat(noToken.getStatus()).isEqualTo(403);
  }

  @Test
  void passwordChange() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    var wrong =
        mvc.perform(post("/redaksi/sandi").with(Staff.as(writer)).with(csrf()).param("lama", "bukan-ini-sandinya")
                .param("baru", "sandi-baru-yang-panjang").param("ulang", "sandi-baru-yang-panjang"))
            .andReturn().getResponse();
    assertThat(Jsoup.parse(wrong.getContentAsString()).select(".error").text())
        .isEqualTo("Kata sandi saat ini salah.");
    var tooShort =
        mvc.perform(post("/redaksi/sandi").with(Staff.as(writer)).with(csrf()).param("lama", Staff.PASSWORD)
                .param("baru", "pendek").param("ulang", "pendek"))
            .andReturn().getResponse();
    assertThat(Jsoup.parse(tooShort.getContentAsString()).select(".error").text())
        .contains("paling sedikit 12 karakter");
    var ok =
        mvc.perform(post("/redaksi/sandi").with(Staff.as(writer)).with(csrf()).param("lama", Staff.PASSWORD)
                .param("baru", "sandi-baru-yang-panjang").param("ulang", "sandi-baru-yang-panjang"))
            .andReturn().getResponse();
    assertThat(ok.getRedirectedUrl()).isEqualTo("/redaksi/sandi");
    assertThat(login(writer.username(), Staff.PASSWORD, "10.6.0.1").getRedirectedUrl()).endsWith("?gagal=1");
    assertThat(login(writer.username(), "sandi-baru-yang-panjang", "10.6.0.2").getRedirectedUrl())
        .isEqualTo("/redaksi");
  }

  @Test
  void adminCreatesEditsAndDisablesUsersAndTheAuditLogSaysSo() throws Exception {
    NewsroomUser admin = Staff.of(context).create(Role.ADMIN);
    String name = "baru-" + System.nanoTime();
    var created =
        mvc.perform(post("/redaksi/pengguna").with(Staff.as(admin)).with(csrf()).param("nama", name)
                .param("tampilan", "Wartawan Baru").param("peran", "WRITER"))
            .andReturn();
    NewsroomUser user = accounts.findByUsername(name).orElseThrow();
    assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/pengguna/" + user.id());
    String notice = (String) created.getFlashMap().get("notice");
    String password = notice.substring(notice.lastIndexOf(' ') + 1);
    assertThat(login(name, password, "10.7.0.1").getRedirectedUrl()).isEqualTo("/redaksi");

    var duplicate =
        mvc.perform(post("/redaksi/pengguna").with(Staff.as(admin)).with(csrf()).param("nama", name)
                .param("tampilan", "Lagi").param("peran", "WRITER"))
            .andReturn().getResponse();
    assertThat(Jsoup.parse(duplicate.getContentAsString()).select(".error").text()).contains("sudah dipakai");

    mvc.perform(post("/redaksi/pengguna/" + user.id()).with(Staff.as(admin)).with(csrf())
        .param("tampilan", "Editor Baru").param("peran", "EDITOR"));
    NewsroomUser changed = accounts.find(user.id()).orElseThrow();
    assertThat(changed.role()).isEqualTo(Role.EDITOR);
    assertThat(changed.enabled()).isFalse();

    var audit = mvc.perform(get("/redaksi/audit").with(Staff.as(admin))).andReturn().getResponse();
    String text = Jsoup.parse(audit.getContentAsString()).select("table").text();
    assertThat(text).contains("USER_CREATED").contains("pengguna " + name).contains("dinonaktifkan");
  }

  @Test
  void theLastActiveAdminCannotBeDisabled() {
    long admins = jdbc.sql("SELECT COUNT(*) FROM newsroom_user WHERE role='ADMIN' AND enabled = TRUE")
        .query(Long.class).single();
    assertThat(admins).isPositive();
    assertThat(Accounts.normalize(" Admin ")).isEqualTo("admin");
  }

  @Test
  void securityHeadersOnPublicAndNewsroomPages() throws Exception {
    for (String path : new String[] {"/", "/redaksi/masuk"}) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      String csp = response.getHeader("Content-Security-Policy");
      assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void anonymousReadersGetNoSessionCookie() throws Exception {
    var response = mvc.perform(get("/")).andReturn();
    assertThat(response.getResponse().getHeaders("Set-Cookie")).isEmpty();
    assertThat(response.getRequest().getSession(false)).isNull();
    assertThat(response.getResponse().getHeader("Cache-Control")).contains("public");
  }
}
