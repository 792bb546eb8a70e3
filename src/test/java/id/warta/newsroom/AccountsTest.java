package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WartaTest
class AccountsTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  private MockHttpServletResponse login(String name, String password, String address)
      throws Exception {
    return mvc.perform(
            post("/redaksi/masuk")
                .param("nama", name)
                .param("sandi", password)
                .with(csrf())
                .with(Staff.from(address)))
        .andReturn()
        .getResponse();
  }

  @Test
  void firstStartCreatesOneAdminWithAGeneratedPassword() {
    // A first start: no account yet (other classes of the shared context made some).
    EmptyDatabase.empty(context);
    context.getBean(FirstAdmin.class).run(null);
    context.getBean(FirstAdmin.class).run(null);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM newsroom_user").query(Long.class).single())
        .isEqualTo(1);
    NewsroomUser admin = accounts.findByUsername("admin").orElseThrow();
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    String hash =
        jdbc.sql("SELECT password_hash FROM newsroom_user WHERE username = 'admin'")
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}$2");
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

  /** Signs in as a browser would and returns the session cookie it keeps. */
  private Cookie signIn(String name, String password, String address) throws Exception {
    var response = login(name, password, address);
    assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi");
    return response.getCookie(NewsroomSecurity.SESSION_COOKIE);
  }

  private int status(String path, Cookie session) throws Exception {
    return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
  }

  @Test
  void loginStoresTheSessionInTheDatabaseWithANewIdAndLogoutEndsIt() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    var loginPage = mvc.perform(get("/redaksi/masuk")).andReturn().getResponse();
    Cookie before = loginPage.getCookie(NewsroomSecurity.SESSION_COOKIE);
    var response =
        mvc.perform(
                post("/redaksi/masuk")
                    .cookie(before)
                    .param("nama", writer.username())
                    .param("sandi", Staff.PASSWORD)
                    .with(csrf())
                    .with(Staff.from("10.1.0.1")))
            .andReturn()
            .getResponse();
    assertThat(response.getRedirectedUrl()).isEqualTo("/redaksi");
    Cookie session = response.getCookie(NewsroomSecurity.SESSION_COOKIE);
    assertThat(session.getValue()).isNotEqualTo(before.getValue());
    assertThat(response.getHeader("Set-Cookie"))
        .startsWith("SESSION=")
        .contains("Secure")
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM newsroom_session WHERE principal_name = :u")
                .param("u", writer.username())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    var list = mvc.perform(get("/redaksi/sandi").cookie(session)).andReturn().getResponse();
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(list.getContentAsString()).select(".who").text())
        .contains(writer.displayName());
    var out =
        mvc.perform(post("/redaksi/keluar").cookie(session).with(csrf())).andReturn().getResponse();
    assertThat(out.getRedirectedUrl()).isEqualTo("/redaksi/masuk?keluar=1");
    assertThat(status("/redaksi/artikel", session)).isEqualTo(302);
  }

  @Test
  void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    Cookie desk = signIn(writer.username(), Staff.PASSWORD, "10.1.1.1");
    Cookie phone = signIn(writer.username(), Staff.PASSWORD, "10.1.1.2");
    NewsroomUser other = Staff.of(context).create(Role.WRITER);
    Cookie colleague = signIn(other.username(), Staff.PASSWORD, "10.1.1.1");

    var changed =
        mvc.perform(
                post("/redaksi/sandi")
                    .cookie(desk)
                    .with(csrf())
                    .param("lama", Staff.PASSWORD)
                    .param("baru", "sandi-baru-yang-panjang")
                    .param("ulang", "sandi-baru-yang-panjang"))
            .andReturn()
            .getResponse();

    assertThat(changed.getRedirectedUrl()).isEqualTo("/redaksi/sandi");
    assertThat(status("/redaksi/artikel", desk)).isEqualTo(200);
    assertThat(status("/redaksi/artikel", phone)).isEqualTo(302);
    assertThat(status("/redaksi/artikel", colleague)).isEqualTo(200);
  }

  @Test
  void anAdminsPasswordResetEndsEverySessionOfThatAccount() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    NewsroomUser admin = Staff.of(context).create(Role.ADMIN);
    Cookie writerSession = signIn(writer.username(), Staff.PASSWORD, "10.1.2.1");
    Cookie adminSession = signIn(admin.username(), Staff.PASSWORD, "10.1.2.2");

    var reset =
        mvc.perform(
                post("/redaksi/pengguna/" + writer.id() + "/sandi")
                    .cookie(adminSession)
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(reset.getRedirectedUrl()).isEqualTo("/redaksi/pengguna/" + writer.id());
    assertThat(status("/redaksi/artikel", writerSession)).isEqualTo(302);
    assertThat(status("/redaksi/pengguna", adminSession)).isEqualTo(200);
  }

  @Test
  void theCreateAdminCommandsResetEndsTheAccountsSessions() throws Exception {
    NewsroomUser admin = Staff.of(context).create(Role.ADMIN);
    Cookie session = signIn(admin.username(), Staff.PASSWORD, "10.1.5.1");

    accounts.createOrResetAdmin(admin.username(), "sandi-baru-dari-perintah");

    assertThat(status("/redaksi/artikel", session)).isEqualTo(302);
  }

  @Test
  void aHashStoredWithoutItsAlgorithmStillWorksAndIsUpgradedAtLogin() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    String legacy =
        new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
            .encode(Staff.PASSWORD);
    jdbc.sql("UPDATE newsroom_user SET password_hash = :h WHERE id = :id")
        .param("h", legacy)
        .param("id", writer.id())
        .update();

    signIn(writer.username(), Staff.PASSWORD, "10.1.3.1");

    String stored =
        jdbc.sql("SELECT password_hash FROM newsroom_user WHERE id = :id")
            .param("id", writer.id())
            .query(String.class)
            .single();
    assertThat(stored).startsWith("{bcrypt}$2a$").isNotEqualTo("{bcrypt}" + legacy);
    signIn(writer.username(), Staff.PASSWORD, "10.1.3.1");
  }

  @Test
  void redirectsNeverNameTheHostTheRequestAskedFor() throws Exception {
    var toLogin =
        mvc.perform(get("http://evil.example/redaksi/pengguna?urut=nama"))
            .andReturn()
            .getResponse();
    assertThat(toLogin.getRedirectedUrl()).isEqualTo("/redaksi/masuk");

    NewsroomUser admin = Staff.of(context).create(Role.ADMIN);
    var back =
        mvc.perform(
                post("http://evil.example/redaksi/masuk")
                    .cookie(toLogin.getCookie(NewsroomSecurity.SESSION_COOKIE))
                    .param("nama", admin.username())
                    .param("sandi", Staff.PASSWORD)
                    .with(csrf())
                    .with(Staff.from("10.1.4.1")))
            .andReturn()
            .getResponse();
    assertThat(back.getRedirectedUrl()).isEqualTo("/redaksi/pengguna?urut=nama");
  }

  @Test
  void failuresHoldBackOnlyThatAccountFromThatAddress() throws Exception {
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    NewsroomUser colleague = Staff.of(context).create(Role.EDITOR);
    for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) {
      assertThat(login(editor.username(), "salah-salah-salah", "10.2.0.1").getRedirectedUrl())
          .isEqualTo("/redaksi/masuk?gagal=1");
    }

    assertThat(login(editor.username(), Staff.PASSWORD, "10.2.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?tunggu=1");
    var page = mvc.perform(get("/redaksi/masuk?tunggu=1")).andReturn().getResponse();
    assertThat(Jsoup.parse(page.getContentAsString()).select(".error").text())
        .contains("Terlalu banyak percobaan");
    // the same account from another address, and a colleague behind the same address
    assertThat(login(editor.username(), Staff.PASSWORD, "10.2.0.2").getRedirectedUrl())
        .isEqualTo("/redaksi");
    assertThat(login(colleague.username(), Staff.PASSWORD, "10.2.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi");
  }

  @Test
  void aCorrectPasswordFromAKnownAddressIsNeverHeldBackByOthersFailures() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    signIn(writer.username(), Staff.PASSWORD, "10.8.0.1"); // the office
    for (int i = 0; i < LoginThrottle.PAIR_FREE + 2; i++) {
      login(writer.username(), "salah-salah-salah", "10.8.0.1"); // someone else in the office
    }
    for (int i = 0; i < LoginThrottle.WIDE_FREE; i++) {
      login(writer.username(), "salah-salah-salah", "10.8.1." + i); // guessing from outside
    }

    assertThat(login(writer.username(), "salah-salah-salah", "10.8.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?tunggu=1");
    assertThat(login(writer.username(), Staff.PASSWORD, "10.8.2.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?tunggu=1");
    assertThat(login(writer.username(), Staff.PASSWORD, "10.8.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi");
  }

  @Test
  void anotherAccountsCorrectPasswordIsNotBlockedAndASuccessResetsTheAddressCounter()
      throws Exception {
    NewsroomUser regular = Staff.of(context).create(Role.WRITER);
    NewsroomUser newcomer = Staff.of(context).create(Role.WRITER);
    signIn(regular.username(), Staff.PASSWORD, "10.3.0.1");
    for (int i = 0; i < LoginThrottle.WIDE_FREE; i++) {
      login("tidak-ada-" + i, "salah-salah-salah", "10.3.0.1"); // one address trying many accounts
    }

    // a first sign-in from that address waits; from anywhere else it does not
    assertThat(login(newcomer.username(), Staff.PASSWORD, "10.3.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?tunggu=1");
    assertThat(login(newcomer.username(), Staff.PASSWORD, "10.3.0.2").getRedirectedUrl())
        .isEqualTo("/redaksi");
    // someone who signs in there regularly is not held back, and their success resets the address
    assertThat(login(regular.username(), Staff.PASSWORD, "10.3.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi");
    assertThat(login(newcomer.username(), Staff.PASSWORD, "10.3.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi");
  }

  @Test
  void disabledAccountCannotLogInAndIsSignedOut() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    accounts.update(Actor.SYSTEM, writer.id(), writer.displayName(), Role.WRITER, false, null);
    assertThat(login(writer.username(), Staff.PASSWORD, "10.4.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi/masuk?gagal=1");
    var response =
        mvc.perform(get("/redaksi/artikel").with(Staff.as(writer))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
  }

  @Test
  void csrfTokenIsRequired() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    var response =
        mvc.perform(
                post("/redaksi/sandi")
                    .with(Staff.as(writer))
                    .param("lama", Staff.PASSWORD)
                    .param("baru", "sandi-baru-yang-panjang")
                    .param("ulang", "sandi-baru-yang-panjang"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(login(writer.username(), Staff.PASSWORD, "10.5.0.1").getRedirectedUrl())
        .isEqualTo("/redaksi");
    var noToken =
        mvc.perform(
                post("/redaksi/masuk")
                    .param("nama", writer.username())
                    .param("sandi", Staff.PASSWORD))
            .andReturn()
            .getResponse();
    assertThat(noToken.getStatus()).isEqualTo(403);
  }

  @Test
  void passwordChange() throws Exception {
    NewsroomUser writer = Staff.of(context).create(Role.WRITER);
    var wrong =
        mvc.perform(
                post("/redaksi/sandi")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("lama", "bukan-ini-sandinya")
                    .param("baru", "sandi-baru-yang-panjang")
                    .param("ulang", "sandi-baru-yang-panjang"))
            .andReturn()
            .getResponse();
    assertThat(Jsoup.parse(wrong.getContentAsString()).select(".error").text())
        .isEqualTo("Kata sandi saat ini salah.");
    var tooShort =
        mvc.perform(
                post("/redaksi/sandi")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("lama", Staff.PASSWORD)
                    .param("baru", "pendek")
                    .param("ulang", "pendek"))
            .andReturn()
            .getResponse();
    assertThat(Jsoup.parse(tooShort.getContentAsString()).select(".error").text())
        .contains("paling sedikit 12 karakter");
    var ok =
        mvc.perform(
                post("/redaksi/sandi")
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("lama", Staff.PASSWORD)
                    .param("baru", "sandi-baru-yang-panjang")
                    .param("ulang", "sandi-baru-yang-panjang"))
            .andReturn()
            .getResponse();
    assertThat(ok.getRedirectedUrl()).isEqualTo("/redaksi/sandi");
    assertThat(login(writer.username(), Staff.PASSWORD, "10.6.0.1").getRedirectedUrl())
        .endsWith("?gagal=1");
    assertThat(login(writer.username(), "sandi-baru-yang-panjang", "10.6.0.2").getRedirectedUrl())
        .isEqualTo("/redaksi");
  }

  @Test
  void adminCreatesEditsAndDisablesUsersAndTheAuditLogSaysSo() throws Exception {
    NewsroomUser admin = Staff.of(context).create(Role.ADMIN);
    String name = "baru-pengguna";
    var created =
        mvc.perform(
                post("/redaksi/pengguna")
                    .with(Staff.as(admin))
                    .with(csrf())
                    .param("nama", name)
                    .param("tampilan", "Wartawan Baru")
                    .param("peran", "WRITER"))
            .andReturn();
    NewsroomUser user = accounts.findByUsername(name).orElseThrow();
    assertThat(created.getResponse().getRedirectedUrl())
        .isEqualTo("/redaksi/pengguna/" + user.id());
    String notice = (String) created.getFlashMap().get("notice");
    String password = notice.substring(notice.lastIndexOf(' ') + 1);
    assertThat(login(name, password, "10.7.0.1").getRedirectedUrl()).isEqualTo("/redaksi");

    var duplicate =
        mvc.perform(
                post("/redaksi/pengguna")
                    .with(Staff.as(admin))
                    .with(csrf())
                    .param("nama", name)
                    .param("tampilan", "Lagi")
                    .param("peran", "WRITER"))
            .andReturn()
            .getResponse();
    assertThat(Jsoup.parse(duplicate.getContentAsString()).select(".error").text())
        .contains("sudah dipakai");

    mvc.perform(
        post("/redaksi/pengguna/" + user.id())
            .with(Staff.as(admin))
            .with(csrf())
            .param("tampilan", "Editor Baru")
            .param("peran", "EDITOR"));
    NewsroomUser changed = accounts.find(user.id()).orElseThrow();
    assertThat(changed.role()).isEqualTo(Role.EDITOR);
    assertThat(changed.enabled()).isFalse();

    var audit = mvc.perform(get("/redaksi/audit").with(Staff.as(admin))).andReturn().getResponse();
    String text = Jsoup.parse(audit.getContentAsString()).select("table").text();
    assertThat(text)
        .contains("USER_CREATED")
        .contains("pengguna " + name)
        .contains("dinonaktifkan");
  }

  @Test
  void theLastActiveAdminCannotBeDisabled() {
    long admins =
        jdbc.sql("SELECT COUNT(*) FROM newsroom_user WHERE role='ADMIN' AND enabled = TRUE")
            .query(Long.class)
            .single();
    assertThat(admins).isPositive();
    assertThat(Accounts.normalize(" Admin ")).isEqualTo("admin");
  }

  @Test
  void securityHeadersOnPublicAndNewsroomPages() throws Exception {
    for (String path : new String[] {"/", "/redaksi/masuk"}) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      String csp = response.getHeader("Content-Security-Policy");
      assertThat(csp)
          .contains("script-src 'self';")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-eval");
      if (path.startsWith("/redaksi")) {
        // The editor (TinyMCE) positions its menus with style attributes; scripts stay 'self'.
        assertThat(csp).contains("style-src 'self' 'unsafe-inline';");
      } else {
        assertThat(csp).doesNotContain("unsafe-inline");
      }
      assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.getHeader("Referrer-Policy"))
          .isEqualTo("strict-origin-when-cross-origin");
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
