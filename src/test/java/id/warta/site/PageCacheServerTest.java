package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.TestClock;
import id.warta.TestDataDirectory;
import id.warta.article.ArticleRepository;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.PageCache;
import id.warta.popular.MostRead;
import id.warta.popular.PageViewCounter;
import id.warta.section.Section;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The page cache over real sockets, where hits are answered in Tomcat's engine pipeline before any
 * filter ({@code PageCacheValve}): a hit must be the page the miss sent, byte for byte and header
 * for header, and must keep every rule the filter keeps (304, HEAD, gzip, sessions pass by, views
 * count).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "warta.demo.enabled=false",
      "warta.site.name=Warta Uji",
      "warta.channels.scheduled=false",
      "warta.scheduling.enabled=false",
      "spring.session.jdbc.cleanup-cron=-",
      "warta.wires.scheduled=false",
      "warta.cache.enabled=true"
    })
@Import(TestClock.class)
@ContextConfiguration(initializers = TestDataDirectory.class)
class PageCacheServerTest {
  static final String READER = PageCacheTest.READER;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired PageCache cache;
  @Autowired ArticleRepository articles;
  @Autowired PageViewCounter counter;
  @Autowired MostRead mostRead;
  @Autowired MeterRegistry meters;

  Section section;
  Author author;
  TestContent content;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal Soket");
    author = content.author("Penulis Soket");
  }

  record Answer(int status, List<String> headerLines, byte[] body) {
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headerLines.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(line -> line.substring(prefix.length()).strip())
          .findFirst()
          .orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aHitIsTheMissThatStoredItHeaderForHeaderAndByteForByte() throws Exception {
    long id = content.article(section, author).title("Berita Lewat Soket").create();
    String path = path(id);
    double before = hits();

    Answer miss = get(path);
    Answer hit = get(path);

    assertThat(hits()).as("the second was a hit").isEqualTo(before + 1);
    assertThat(hit.status()).isEqualTo(200);
    // the same lines; the order of different names carries no meaning (RFC 9110 section 5.3)
    assertThat(withoutDate(hit.headerLines()))
        .containsExactlyInAnyOrderElementsOf(withoutDate(miss.headerLines()));
    assertThat(hit.body()).isEqualTo(miss.body());
    assertThat(Jsoup.parse(hit.text()).selectFirst("h1").text()).isEqualTo("Berita Lewat Soket");
    assertThat(hit.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(hit.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(hit.header("Content-Language")).isEqualTo("id");
    assertThat(hit.header("Surrogate-Key")).contains("a:" + id);
    assertThat(hit.header("Content-Length")).isEqualTo(String.valueOf(hit.body().length));
    assertThat(hit.header("Strict-Transport-Security")).as("plain HTTP").isNull();
  }

  @Test
  void hitsAnswerConditionalHeadAndGzipRequests() throws Exception {
    long id = content.article(section, author).title("Berita Bersyarat").create();
    String path = path(id);
    Answer plain = get(path);
    double before = hits();

    Answer notModified = get(path, "If-None-Match: " + plain.header("ETag"));
    Answer otherTag = get(path, "If-None-Match: \"lain\"");
    Answer head = send("HEAD " + path, List.of());
    Answer zipped = get(path, "Accept-Encoding: gzip, deflate, br");

    assertThat(hits()).isEqualTo(before + 4);
    assertThat(notModified.status()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.header("ETag")).isEqualTo(plain.header("ETag"));
    assertThat(otherTag.status()).isEqualTo(200);
    assertThat(otherTag.body()).isEqualTo(plain.body());
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(plain.body().length));
    assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(zipped.header("Vary")).isEqualTo("Accept-Encoding");
    assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
        .isEqualTo(plain.body());
  }

  @Test
  void editorsSessionsAndLoginsNeverGetACachedPage() throws Exception {
    long id = content.article(section, author).title("Berita Untuk Pembaca").create();
    String path = path(id);
    get(path);
    assertThat(cache.holds(path)).isTrue();
    double before = hits();

    Answer withSession = get(path, "Cookie: SESSION=abc");
    Answer withRememberMe = get(path, "Cookie: remember-me=abc");
    Answer withLogin = get(path, "Authorization: Basic dGlkYWs6YWRh");
    Answer newsroom = get("/redaksi/masuk");

    assertThat(hits()).as("none of them from the cache").isEqualTo(before);
    assertThat(withSession.status()).isEqualTo(200);
    assertThat(withRememberMe.status()).isEqualTo(200);
    assertThat(withLogin.status()).isIn(200, 401);
    assertThat(newsroom.header("Cache-Control")).doesNotContain("public");
    assertThat(get(path).status()).isEqualTo(200);
    assertThat(hits()).as("an anonymous reader is").isEqualTo(before + 1);
  }

  @Test
  void viewsOfHitsCountButNotBotsHeadsOrPrefetches() throws Exception {
    long id = content.article(section, author).title("Dibaca Lewat Soket").create();
    String path = path(id);
    get(path, "User-Agent: " + READER);
    for (int i = 0; i < 3; i++) {
      get(path, "User-Agent: " + READER);
    }
    get(path, "User-Agent: Googlebot/2.1");
    get(path, "User-Agent: " + READER, "Sec-Purpose: prefetch");
    send("HEAD " + path, List.of("User-Agent: " + READER));
    counter.flush();
    assertThat(mostRead.totalViews(id)).isEqualTo(4);
  }

  private static List<String> withoutDate(List<String> lines) {
    return lines.stream().filter(line -> !line.regionMatches(true, 0, "Date:", 0, 5)).toList();
  }

  private double hits() {
    return meters.get("warta.page.cache.hits").counter().count();
  }

  private String path(long id) {
    return "/" + section.slug() + "/" + id + "/" + articles.findById(id).orElseThrow().slug();
  }

  private Answer get(String path, String... headers) throws IOException {
    return send("GET " + path, Arrays.asList(headers));
  }

  /** One request on its own connection; the answer's header lines in their order, body as sent. */
  private Answer send(String requestLine, List<String> headers) throws IOException {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      socket.setSoTimeout(30_000);
      var request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
      request.append("Host: warta.test\r\nConnection: close\r\n");
      headers.forEach(h -> request.append(h).append("\r\n"));
      request.append("\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      byte[] raw = socket.getInputStream().readAllBytes();
      int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
      List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
      int status = Integer.parseInt(lines.removeFirst().split(" ")[1]);
      byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
      return new Answer(status, lines, body);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("no end of headers");
  }
}
