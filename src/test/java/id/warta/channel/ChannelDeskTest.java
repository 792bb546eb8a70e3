package id.warta.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.newsroom.Staff;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin's partner channel screens at /redaksi/mitra, as the admin sees them: the list with each
 * feed's state and last error, the form with its messages, switching a channel off and on, and
 * "Ambil sekarang" against a partner server on 127.0.0.1.
 */
@WartaTest
class ChannelDeskTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ChannelAdmin channels;
  @Autowired AuditLog audit;

  NewsroomUser admin;
  HttpServer server;
  final AtomicReference<Response> served = new AtomicReference<>();
  final List<Long> created = new ArrayList<>();

  record Response(int status, String contentType, String body) {}

  @BeforeEach
  void setUp() throws IOException {
    admin = Staff.of(context).create(Role.ADMIN);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/rss",
        exchange -> {
          Response r = served.get();
          byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", r.contentType());
          exchange.sendResponseHeaders(r.status(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
    created.forEach(channels::disable); // nothing else in the shared context should fetch them
  }

  @Test
  void fetchNowShowsItsResultAndAFailingFeedShowsItsErrorWhileItsItemsStay() throws Exception {
    served.set(
        new Response(
            200,
            "application/rss+xml; charset=UTF-8",
            rss(
                item("g1", "Relawan Bersihkan Pantai", "https://mitra.example/1"),
                item("g2", "Donasi Sekolah Terkumpul", "https://mitra.example/2"))));
    long id = create(TestContent.unique("Mitra Umpan"), feedUrl());

    Document afterFetch =
        follow(mvc.perform(as(post("/redaksi/mitra/" + id + "/ambil"))).andReturn());
    String name = channels.status(id).channel().name();
    assertThat(afterFetch.selectFirst("p.notice").text())
        .isEqualTo(name + ": Berhasil: 2 berita dibaca; 2 berita tampil.");
    Element row = afterFetch.getElementById("mitra-" + id);
    assertThat(row.selectFirst("td.items").text()).isEqualTo("2 / 10");
    assertThat(row.selectFirst("td.last-error").text()).isEqualTo("-");
    assertThat(row.selectFirst("td.success").text()).isNotEqualTo("-");
    assertThat(home().select("section.channel a[href=https://mitra.example/1]")).hasSize(1);

    served.set(
        new Response(
            200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>Rusak"));
    Document afterFailure =
        follow(mvc.perform(as(post("/redaksi/mitra/" + id + "/ambil"))).andReturn());
    assertThat(afterFailure.selectFirst("p.notice")).isNull();
    assertThat(afterFailure.selectFirst("p.error").text())
        .startsWith(name + ": Gagal: Umpan tidak dapat dibaca")
        .endsWith("2 berita terakhir tetap tampil.");

    served.set(new Response(500, "text/html", "<h1>Error</h1>"));
    mvc.perform(as(post("/redaksi/mitra/" + id + "/ambil")));
    Element failing = list().getElementById("mitra-" + id);
    assertThat(failing.hasClass("failing")).isTrue();
    assertThat(failing.selectFirst("td.last-error").text())
        .isEqualTo(
            "Server mitra menjawab HTTP 500. (gagal 2 kali berturut-turut; berita terakhir tetap"
                + " tampil)");
    assertThat(failing.selectFirst("td.items").text()).isEqualTo("2 / 10");
    assertThat(failing.selectFirst("td.enabled").text()).isEqualTo("Aktif");
    assertThat(failing.selectFirst("td.fetched").text()).isNotEqualTo("-");
    assertThat(home().select("section.channel a[href=https://mitra.example/1]")).hasSize(1);
  }

  @Test
  void aFormWithBadInputComesBackWithMessagesAndWhatWasTypedAndStoresNothing() throws Exception {
    int before = channels.list().size();
    String name = TestContent.unique("Mitra Salah");

    var response =
        mvc.perform(
                as(post("/redaksi/mitra/baru"))
                    .param("name", name)
                    .param("slug", "Bukan Slug!")
                    .param("siteUrl", "javascript:alert(1)")
                    .param("feedUrl", "")
                    .param("refreshMinutes", "abc")
                    .param("maxItems", "500")
                    .param("position", "1"))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(422);
    Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.selectFirst("p[role=alert]").text())
        .isEqualTo("Kanal mitra belum disimpan: periksa isian yang ditandai.");
    assertThat(page.getElementById("siteUrl-error").text())
        .isEqualTo(
            "Alamat situs mitra harus alamat web lengkap yang diawali http:// atau https://.");
    assertThat(page.getElementById("feedUrl-error").text())
        .isEqualTo("Alamat umpan (RSS/Atom) wajib diisi.");
    assertThat(page.getElementById("refreshMinutes-error").text())
        .isEqualTo("Selang pengambilan harus berupa angka bulat.");
    assertThat(page.getElementById("maxItems-error").text())
        .isEqualTo("Jumlah berita harus antara 1 dan 50.");
    assertThat(page.getElementById("slug-error").text())
        .startsWith("Alamat kanal hanya boleh berisi huruf kecil");
    assertThat(page.getElementById("name-error")).isNull();
    assertThat(page.getElementById("position-error")).isNull();
    assertThat(page.getElementById("siteUrl").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.getElementById("name").val()).isEqualTo(name);
    assertThat(page.getElementById("slug").val()).isEqualTo("Bukan Slug!");
    assertThat(page.getElementById("siteUrl").val()).isEqualTo("javascript:alert(1)");
    assertThat(page.getElementById("refreshMinutes").val()).isEqualTo("abc");
    assertThat(page.getElementById("maxItems").val()).isEqualTo("500");
    assertThat(page.selectFirst("form[action=/redaksi/mitra/baru] input[name=_csrf]")).isNotNull();
    assertThat(channels.list()).hasSize(before);
    assertThat(channels.list()).noneMatch(s -> s.channel().name().equals(name));
  }

  @Test
  void createEditDisableAndEnableWorkAndAreAudited() throws Exception {
    String name = TestContent.unique("Mitra Baru");
    long id = create(name, "https://baru.example/rss");
    ChannelStatus made = channels.status(id);
    assertThat(made.channel().siteUrl()).isEqualTo("https://baru.example");
    assertThat(made.channel().refreshMinutes()).isEqualTo(30);
    assertThat(made.channel().enabled()).isTrue();
    Element row = list().getElementById("mitra-" + id);
    assertThat(row.selectFirst("td.name a").text()).isEqualTo(name);
    assertThat(row.selectFirst("td.feed").text()).isEqualTo("https://baru.example/rss");
    assertThat(row.selectFirst("td.interval").text()).isEqualTo("30 menit");
    assertThat(row.selectFirst("td.fetched").text()).isEqualTo("-");

    Document form = page(get("/redaksi/mitra/" + id));
    assertThat(form.getElementById("name").val()).isEqualTo(name);
    assertThat(form.getElementById("feedUrl").val()).isEqualTo("https://baru.example/rss");
    assertThat(form.selectFirst("form[action=/redaksi/mitra/" + id + "]")).isNotNull();

    var saved =
        mvc.perform(
                as(post("/redaksi/mitra/" + id))
                    .param("name", name + " Diubah")
                    .param("slug", made.channel().slug())
                    .param("siteUrl", "https://baru.example")
                    .param("feedUrl", "https://baru.example/atom")
                    .param("refreshMinutes", "60")
                    .param("maxItems", "5")
                    .param("position", "3"))
            .andReturn();
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/mitra");
    assertThat(follow(saved).selectFirst("p.notice").text())
        .isEqualTo("Perubahan kanal mitra " + name + " Diubah disimpan.");
    var edited = channels.status(id).channel();
    assertThat(edited.name()).isEqualTo(name + " Diubah");
    assertThat(edited.feedUrl()).isEqualTo("https://baru.example/atom");
    assertThat(edited.refreshMinutes()).isEqualTo(60);
    assertThat(edited.maxItems()).isEqualTo(5);
    assertThat(edited.position()).isEqualTo(3);
    assertThat(edited.enabled()).isTrue();

    var refused =
        mvc.perform(
                as(post("/redaksi/mitra/" + id))
                    .param("name", "")
                    .param("siteUrl", "https://baru.example")
                    .param("feedUrl", "https://baru.example/atom")
                    .param("refreshMinutes", "1")
                    .param("maxItems", "5")
                    .param("position", "3"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    Document again = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
    assertThat(again.getElementById("name-error").text()).isEqualTo("Nama kanal wajib diisi.");
    assertThat(again.getElementById("refreshMinutes-error").text())
        .isEqualTo("Selang pengambilan harus antara 5 dan 1440 menit.");
    assertThat(channels.status(id).channel().name()).isEqualTo(name + " Diubah");

    var off = mvc.perform(as(post("/redaksi/mitra/" + id + "/nonaktifkan"))).andReturn();
    assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/mitra");
    Element offRow = follow(off).getElementById("mitra-" + id);
    assertThat(offRow.selectFirst("td.enabled").text()).isEqualTo("Nonaktif");
    assertThat(offRow.select("button").eachText())
        .contains("Aktifkan")
        .doesNotContain("Nonaktifkan");
    assertThat(channels.status(id).channel().enabled()).isFalse();

    mvc.perform(as(post("/redaksi/mitra/" + id + "/aktifkan")));
    assertThat(channels.status(id).channel().enabled()).isTrue();

    var entries =
        audit.recent(50).stream()
            .filter(e -> e.target().equals("mitra " + made.channel().slug()))
            .map(e -> e.action() + " " + e.userName())
            .toList();
    String who = admin.displayName();
    assertThat(entries)
        .containsExactly(
            "CHANNEL_ENABLED " + who,
            "CHANNEL_DISABLED " + who,
            "CHANNEL_UPDATED " + who,
            "CHANNEL_CREATED " + who);
  }

  @Test
  void aDisabledChannelLeavesTheHomePageModules() throws Exception {
    served.set(
        new Response(
            200,
            "application/rss+xml; charset=UTF-8",
            rss(item("h1", "Kabar Mitra Beranda", "https://beranda-mitra.example/1"))));
    String name = TestContent.unique("Mitra Beranda");
    long id = create(name, feedUrl());
    mvc.perform(as(post("/redaksi/mitra/" + id + "/ambil")));
    assertThat(home().select("section.channel h2").eachText()).contains(name);

    mvc.perform(as(post("/redaksi/mitra/" + id + "/nonaktifkan")));

    assertThat(home().select("section.channel h2").eachText()).doesNotContain(name);
    assertThat(home().select("a[href=https://beranda-mitra.example/1]")).isEmpty();
    assertThat(list().getElementById("mitra-" + id).selectFirst("td.items").text())
        .isEqualTo("1 / 10");
  }

  @Test
  void theNewsroomMenuLinksToTheChannelsForAdminsOnly() throws Exception {
    assertThat(page(get("/redaksi/mitra")).select("nav a[href=/redaksi/mitra]")).hasSize(1);
    var editor = Staff.of(context).create(Role.EDITOR);
    var body =
        mvc.perform(get("/redaksi/antrean").with(Staff.as(editor)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(body).select("nav a[href=/redaksi/mitra]")).isEmpty();
  }

  // --- helpers ---

  private long create(String name, String feedUrl) throws Exception {
    var result =
        mvc.perform(
                as(post("/redaksi/mitra/baru"))
                    .param("name", name)
                    .param("slug", "")
                    .param("siteUrl", feedUrl.substring(0, feedUrl.indexOf('/', 8)))
                    .param("feedUrl", feedUrl)
                    .param("refreshMinutes", "30")
                    .param("maxItems", "10")
                    .param("position", "0"))
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/redaksi/mitra");
    assertThat(follow(result).selectFirst("p.notice").text())
        .startsWith("Kanal mitra " + name + " dibuat");
    long id =
        channels.list().stream()
            .filter(s -> s.channel().name().equals(name))
            .findFirst()
            .orElseThrow()
            .channel()
            .id();
    created.add(id);
    return id;
  }

  private String feedUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    return request.with(Staff.as(admin)).with(csrf());
  }

  private Document follow(MvcResult redirect) throws Exception {
    return page(get(redirect.getResponse().getRedirectedUrl()).with(Staff.sameSession(redirect)));
  }

  private Document list() throws Exception {
    return page(get("/redaksi/mitra"));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request.with(Staff.as(admin))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private Document home() throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  static String rss(String... items) {
    return """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel>
    <title>Mitra</title><link>https://mitra.example/</link><description>Uji</description>
    %s
    </channel></rss>
    """
        .formatted(String.join("\n", items));
  }

  static String item(String guid, String title, String link) {
    return "<item><guid isPermaLink=\"false\">"
        + guid
        + "</guid><title>"
        + title
        + "</title>"
        + "<link>"
        + link
        + "</link><pubDate>Wed, 25 Nov 2026 09:30:00 +0700</pubDate></item>";
  }
}
