package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.warta.TestDataDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The running server as a proxy, a scraper or a broken client meets it, over real sockets:
 * forwarded headers believed from the trusted proxy (127.0.0.2 here) and from nobody else, HSTS
 * behind a TLS proxy, security headers on Tomcat's own 400 pages, broken percent-encoding, and the
 * metrics endpoint closed to all but the configured scraper.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "warta.demo.enabled=false",
      "warta.site.name=Warta Uji",
      "warta.channels.scheduled=false",
      "warta.cache.enabled=false",
      "warta.scheduling.enabled=false",
      "spring.session.jdbc.cleanup-cron=-",
      "warta.proxy.trusted=127.0.0.2",
      "warta.metrics.password=rahasia-pengikis-uji"
    })
@ContextConfiguration(initializers = TestDataDirectory.class)
class ServerEdgeTest {
  static final String PROXY = "127.0.0.2";
  static final String CLIENT = "127.0.0.1";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired WebServerApplicationContext server;
  @Autowired MeterRegistry meters;

  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void requestsRunOnTomcatsPoolOfPlatformThreadsThatTheSystemShares() throws IOException {
    // Virtual threads are not preempted: with more requests than cores some waited seconds.
    var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
    assertThat(tomcat.getConnector().getProtocolHandler().getExecutor())
        .isInstanceOf(org.apache.tomcat.util.threads.ThreadPoolExecutor.class);
    assertThat(
            send(CLIENT, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").status())
        .isEqualTo(200);
  }

  @Test
  void theNio2ConnectorAnswersRequestAfterRequestOnAKeptAliveConnection() throws IOException {
    var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
    assertThat(connector.getProtocolHandler()).isInstanceOf(Http11Nio2Protocol.class);
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      socket.setSoTimeout(30_000);
      var in = new DataInputStream(socket.getInputStream());
      for (String path : List.of("/", "/cari?q=banjir", "/tidak-ada-halaman-ini", "/")) {
        socket
            .getOutputStream()
            .write(
                ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        var head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
          head.append((char) in.readUnsignedByte());
        }
        assertThat(head.toString())
            .startsWith(path.startsWith("/tidak") ? "HTTP/1.1 404" : "HTTP/1.1 200");
        var length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        assertThat(length.find()).as("a Content-Length on %s", path).isTrue();
        in.readFully(new byte[Integer.parseInt(length.group(1))]);
      }
    }
  }

  @Test
  void aPageUpTo32KbLeavesInOneWriteAndTheOpenConnectionsAreBounded() {
    // Tomcat writes a response in pieces of its socket write buffer, a system call each; the
    // buffer is held by every open connection, so their number is bounded (160 MB of buffers).
    var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
    assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("32768");
    assertThat(connector.getProperty("maxConnections")).hasToString("4096");
  }

  /** Sends the bytes from the given local address and reads the whole answer. */
  Answer send(String from, String request) throws IOException {
    try (var socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = raw.indexOf("\r\n\r\n");
      String[] lines = raw.substring(0, end).split("\r\n");
      Map<String, String> headers = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.merge(
            lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip(),
            (a, b) -> a + "\n" + b);
      }
      String body = raw.substring(end + 4);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
  }

  private static String dechunk(String chunked) {
    var out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      // sizes count bytes; the test pages' text outside ASCII is irrelevant to the checks
      byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
      String piece = new String(rest, 0, size, StandardCharsets.UTF_8);
      out.append(piece);
      at = lineEnd + 2 + piece.length() + 2;
    }
  }

  Answer get(String from, String path, String... headers) throws IOException {
    return send(
        from,
        "GET "
            + path
            + " HTTP/1.1\r\nHost: warta.test\r\nConnection: close\r\n"
            + String.join(
                "",
                headers.length == 0 ? List.of() : List.of(String.join("\r\n", headers) + "\r\n"))
            + "\r\n");
  }

  /** A failed login as a browser does it: the form's CSRF token and session cookie, then POST. */
  void failLogin(String from, String... headers) throws IOException {
    Answer form = get(from, "/redaksi/masuk", headers);
    String cookie = form.header("Set-Cookie").split(";")[0];
    String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
    String body =
        "nama=tidak-ada&sandi=salah-salah-salah&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    Answer answer =
        send(
            from,
            "POST /redaksi/masuk HTTP/1.1\r\nHost: warta.test\r\nConnection: close\r\n"
                + "Cookie: "
                + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: "
                + body.length()
                + "\r\n"
                + (headers.length == 0 ? "" : String.join("\r\n", headers) + "\r\n")
                + "\r\n"
                + body);
    assertThat(answer.header("Location")).isEqualTo("/redaksi/masuk?gagal=1");
  }

  List<String> failingAddresses() {
    return jdbc.sql("SELECT subject FROM login_failure WHERE scope = 'address'")
        .query(String.class)
        .list();
  }

  @Test
  void theClientAddressComesFromForwardedHeadersOfTheTrustedProxyOnly() throws Exception {
    failLogin(PROXY, "X-Forwarded-For: 203.0.113.7");
    failLogin(PROXY, "Forwarded: for=192.0.2.61;proto=https");
    failLogin(CLIENT, "X-Forwarded-For: 198.51.100.9");
    failLogin(CLIENT, "Forwarded: for=198.51.100.10");

    assertThat(failingAddresses())
        .contains("203.0.113.7", "192.0.2.61", CLIENT)
        .doesNotContain("198.51.100.9", "198.51.100.10", PROXY);
  }

  @Test
  void hstsWhenTheTrustedProxySaysHttpsAndNeverOnAClientsWord() throws Exception {
    assertThat(
            get(PROXY, "/redaksi/masuk", "X-Forwarded-Proto: https")
                .header("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000 ; includeSubDomains");
    assertThat(
            get(PROXY, "/redaksi/masuk", "Forwarded: for=192.0.2.62;proto=https")
                .header("Strict-Transport-Security"))
        .isNotNull();
    assertThat(get(PROXY, "/redaksi/masuk").header("Strict-Transport-Security")).isNull();
    assertThat(
            get(CLIENT, "/redaksi/masuk", "X-Forwarded-Proto: https")
                .header("Strict-Transport-Security"))
        .isNull();
  }

  @Test
  void theLoginRedirectNeverNamesTheRequestsHost() throws Exception {
    Answer answer =
        send(
            CLIENT,
            "GET /redaksi/artikel HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.header("Location")).isEqualTo("/redaksi/masuk");
  }

  @Test
  void newsroomPagesCarryTheNewsroomPolicyAndReaderPagesThePublicOne() throws Exception {
    // The rich-text editor needs inline styles in the newsroom only; scripts stay 'self'.
    assertThat(get(CLIENT, "/redaksi/masuk").header("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.NEWSROOM_CONTENT_SECURITY_POLICY);
    assertThat(get(CLIENT, "/redaksiana").header("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
  }

  @Test
  void tomcatsOwnBadRequestPagesCarryTheSecurityHeaders() throws Exception {
    for (String request :
        List.of(
            "GET /a|b{c} HTTP/1.1\r\nHost: warta.test\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: warta.test\r\nBad Header: x\r\nConnection: close\r\n\r\n")) {
      Answer answer = send(CLIENT, request);
      assertThat(answer.status()).as(request).isEqualTo(400);
      assertThat(answer.header("X-Content-Type-Options")).as(request).isEqualTo("nosniff");
      assertThat(answer.header("Content-Security-Policy"))
          .as(request)
          .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertThat(answer.header("X-Frame-Options")).as(request).isEqualTo("DENY");
    }
  }

  @Test
  void brokenPercentEncodingInASearchIsABadRequestAndNoErrorInTheLog() throws Exception {
    var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    root.addAppender(appender);
    try {
      Answer answer = get(CLIENT, "/cari?q=%E0%A4%A");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(Jsoup.parse(answer.body()).select("h1").text())
          .isEqualTo("Permintaan tidak valid");
    } finally {
      root.detachAppender(appender);
    }
    assertThat(appender.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
  }

  @Test
  void prometheusOnlyForTheConfiguredScraperAndHealthForEveryone() throws Exception {
    String right =
        Base64.getEncoder()
            .encodeToString("prometheus:rahasia-pengikis-uji".getBytes(StandardCharsets.UTF_8));
    String wrong =
        Base64.getEncoder().encodeToString("prometheus:tebakan".getBytes(StandardCharsets.UTF_8));

    assertThat(get(CLIENT, "/actuator/prometheus").status()).isEqualTo(401);
    assertThat(get(CLIENT, "/actuator/prometheus", "Authorization: Basic " + wrong).status())
        .isEqualTo(401);
    Answer scraped = get(CLIENT, "/actuator/prometheus", "Authorization: Basic " + right);
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.body()).contains("jvm_memory_used_bytes");

    for (String probe :
        List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      Answer health = get(CLIENT, probe);
      assertThat(health.status()).as(probe).isEqualTo(200);
      assertThat(health.body())
          .as(probe)
          .contains("\"status\":\"UP\"")
          .doesNotContain("components")
          .doesNotContain("details");
    }
  }

  @Test
  void everyRequestIsTimedByItsRouteStatusAndOutcome() throws Exception {
    // The tags Spring's request observation gave these requests (the static files' "/**" takes
    // any path no page has), which RequestMetrics keeps.
    String article = "/{section:[a-z0-9-]+}/{id:[0-9]+}/{slug}";
    long home = count("GET", "/", "200", "none");
    long missing = count("GET", article, "404", "none");
    long unmapped = count("GET", "/**", "404", "none");
    long posted = count("POST", "REDIRECTION", "302", "none");

    assertThat(get(CLIENT, "/").status()).isEqualTo(200);
    assertThat(get(CLIENT, "/nasional/987654/tidak-ada").status()).isEqualTo(404);
    assertThat(get(CLIENT, "/a/b/c/d/e/f").status()).isEqualTo(404);
    failLogin(CLIENT);
    // Tomcat's own 400 for a broken request line reaches no filter and is not a route.
    send(CLIENT, "GET /a b c HTTP/1.1\r\nHost: warta.test\r\nConnection: close\r\n\r\n");

    assertThat(count("GET", "/", "200", "none")).isEqualTo(home + 1);
    assertThat(count("GET", article, "404", "none")).isEqualTo(missing + 1);
    assertThat(count("GET", "/**", "404", "none")).isEqualTo(unmapped + 1);
    assertThat(count("POST", "REDIRECTION", "302", "none")).isEqualTo(posted + 1);
    Timer timer = meters.get("http.server.requests").tag("uri", "/").tag("status", "200").timer();
    assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();

    String right =
        Base64.getEncoder()
            .encodeToString("prometheus:rahasia-pengikis-uji".getBytes(StandardCharsets.UTF_8));
    assertThat(get(CLIENT, "/actuator/prometheus", "Authorization: Basic " + right).body())
        .contains(
            "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\","
                + "outcome=\"SUCCESS\",status=\"200\",uri=\"/\"}");
  }

  /** Requests timed so far with these tags (0 before the first). */
  long count(String method, String uri, String status, String exception) {
    Timer timer =
        meters
            .find("http.server.requests")
            .tag("method", method)
            .tag("uri", uri)
            .tag("status", status)
            .tag("exception", exception)
            .tag("error", exception)
            .tag(
                "outcome",
                status.startsWith("2")
                    ? "SUCCESS"
                    : status.startsWith("3") ? "REDIRECTION" : "CLIENT_ERROR")
            .timer();
    return timer == null ? 0 : timer.count();
  }
}
