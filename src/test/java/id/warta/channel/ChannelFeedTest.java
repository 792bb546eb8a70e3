package id.warta.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.MutableClock;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.channel.RefreshResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Partner feeds as they come in the wild, served by a local server: broken encodings, markup and
 * scripts in titles, missing dates, bad links, a huge file, a server that never answers, errors,
 * malformed XML. Each test checks what a reader sees on the channel's page and what the admin sees
 * in the channel's status.
 */
@WartaTest
class ChannelFeedTest {
  static final DataSize MAX_SIZE = DataSize.ofKilobytes(64);

  @Autowired ChannelRepository channels;
  @Autowired ChannelAdmin admin;
  @Autowired TransactionTemplate transactions;
  @Autowired id.warta.platform.Changes changes;
  @Autowired id.warta.platform.JobClaims claims;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired MockMvc mvc;

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T03:00:00Z"));
  final List<Long> created = new ArrayList<>();
  FeedServer server;
  FeedFetcher fetcher;
  ChannelRefresher refresher;

  @BeforeEach
  void setUp() {
    server = new FeedServer();
    fetcher = fetcher(Duration.ofSeconds(10));
    refresher = new ChannelRefresher(channels, fetcher, transactions, clock, 2, changes, claims);
  }

  /**
   * A fetcher with test limits: 64 KB, two redirects and the given total timeout, allowed to fetch
   * from the local test server (127.0.0.1 is refused otherwise).
   */
  static FeedFetcher fetcher(Duration totalTimeout) {
    return fetcher(totalTimeout, List.of("127.0.0.1"));
  }

  static FeedFetcher fetcher(Duration totalTimeout, List<String> allowedHosts) {
    return new FeedFetcher(properties(totalTimeout, allowedHosts));
  }

  static ChannelProperties properties(Duration totalTimeout, List<String> allowedHosts) {
    return new ChannelProperties(
        false,
        Duration.ofMinutes(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(2),
        totalTimeout,
        MAX_SIZE,
        2,
        2,
        "Warta-Uji",
        allowedHosts);
  }

  @AfterEach
  void tearDown() {
    created.forEach(admin::disable); // other tests' refreshDue must not fetch these
    server.close();
    fetcher.close();
  }

  // --- feeds that work ---

  @Test
  void rss20ItemsAppearNewestFirstAsLinksOutWithPlainExcerpts() throws Exception {
    server.feed(
        "/rss",
        rss(
            item(
                "a-1",
                "Gotong Royong Bangun Sekolah",
                "https://benihbaik.example/kampanye/1",
                "Tue, 24 Nov 2026 08:00:00 +0700",
                "<p>Warga <b>Desa Sukamaju</b> membangun kembali sekolah.</p>"),
            item(
                "a-2",
                "Donasi Banjir Tembus Rp1 Miliar",
                "https://benihbaik.example/kampanye/2",
                "Wed, 25 Nov 2026 09:30:00 +0700",
                "Bantuan terus mengalir.")));
    var channel = channel(server.url("/rss"), 10);

    var result = refresher.refresh(channel);

    assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(result.stored()).isEqualTo(2);
    var seen = readerSees(channel);
    assertThat(seen)
        .extracting(Seen::title)
        .containsExactly("Donasi Banjir Tembus Rp1 Miliar", "Gotong Royong Bangun Sekolah");
    assertThat(seen.get(1).href()).isEqualTo("https://benihbaik.example/kampanye/1");
    assertThat(seen.get(1).rel()).contains("noopener");
    assertThat(seen.get(1).excerpt()).isEqualTo("Warga Desa Sukamaju membangun kembali sekolah.");
    assertThat(seen.get(1).excerptHtml()).doesNotContain("<b>");
    var status = admin.status(channel.id());
    assertThat(status.failing()).isFalse();
    assertThat(status.lastSuccessAt()).isEqualTo(clock.instant());
    assertThat(status.summary()).isEqualTo("Berhasil; 2 berita tersimpan.");
  }

  @Test
  void atomEntriesWithRelativeLinksAndHtmlTitles() throws Exception {
    server.feed(
        "/atom",
        "application/atom+xml",
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>MG News</title>
          <id>urn:mg-news</id>
          <updated>2026-11-25T10:00:00Z</updated>
          <link rel="alternate" href="https://mgnews.example/"/>
          <entry>
            <title type="html">&lt;em&gt;Timnas&lt;/em&gt; Lolos ke Final</title>
            <id>urn:mg:1</id>
            <link rel="alternate" href="/olahraga/timnas-lolos"/>
            <updated>2026-11-25T10:00:00Z</updated>
            <summary type="html">&lt;p&gt;Gol &lt;strong&gt;menit akhir&lt;/strong&gt; memastikan tiket final.&lt;/p&gt;</summary>
          </entry>
          <entry>
            <title type="text">Harga Cabai &lt;Rp 50 ribu</title>
            <id>urn:mg:2</id>
            <link href="https://mgnews.example/ekonomi/cabai"/>
            <published>2026-11-24T10:00:00Z</published>
            <updated>2026-11-24T10:00:00Z</updated>
          </entry>
        </feed>
        """
            .getBytes(StandardCharsets.UTF_8));
    var channel = channel(server.url("/atom"), 10);

    refresher.refresh(channel);

    var seen = readerSees(channel);
    assertThat(seen)
        .extracting(Seen::title)
        .containsExactly("Timnas Lolos ke Final", "Harga Cabai <Rp 50 ribu");
    assertThat(seen)
        .extracting(Seen::href)
        .containsExactly(
            "https://mgnews.example/olahraga/timnas-lolos", "https://mgnews.example/ekonomi/cabai");
    assertThat(seen.getFirst().excerpt()).isEqualTo("Gol menit akhir memastikan tiket final.");
    assertThat(admin.status(channel.id()).failing()).isFalse();
  }

  // --- broken encodings ---

  @Test
  void latin1BytesDeclaredAsUtf8AreReadAsLatin1() throws Exception {
    byte[] body =
        rss(item("e-1", "Kafe Café di Bandung – Ramai", "https://p.example/1", null, ""))
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    server.feed("/latin", "application/rss+xml; charset=UTF-8", body);
    var channel = channel(server.url("/latin"), 10);

    refresher.refresh(channel);

    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Kafe Café di Bandung – Ramai");
  }

  @Test
  void utf8BytesDeclaredAsLatin1AreReadAsUtf8() throws Exception {
    byte[] body =
        rss(item("e-2", "Kafe Café “Kopi” di Bandung", "https://p.example/2", null, ""))
            .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
            .getBytes(StandardCharsets.UTF_8);
    server.feed("/utf8", "text/xml; charset=ISO-8859-1", body);
    var channel = channel(server.url("/utf8"), 10);

    refresher.refresh(channel);

    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Kafe Café “Kopi” di Bandung");
  }

  @Test
  void aByteOrderMarkAndLeadingBlankLinesDoNotBreakTheFeed() throws Exception {
    byte[] xml =
        ("\n\n" + rss(item("bom", "Berita Dengan BOM", "https://p.example/bom", null, "")))
            .getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[xml.length + 3];
    body[0] = (byte) 0xEF;
    body[1] = (byte) 0xBB;
    body[2] = (byte) 0xBF;
    System.arraycopy(xml, 0, body, 3, xml.length);
    server.feed("/bom", "application/xml", body);
    var channel = channel(server.url("/bom"), 10);

    refresher.refresh(channel);

    assertThat(readerSees(channel)).extracting(Seen::title).containsExactly("Berita Dengan BOM");
  }

  @Test
  void htmlEntitiesThatXmlDoesNotKnowAreUnderstood() throws Exception {
    server.feed(
        "/entities",
        rss(
            item(
                "ent",
                "Sepak&nbsp;Bola &mdash; Persib &amp; Persija",
                "https://p.example/ent",
                null,
                "")));
    var channel = channel(server.url("/entities"), 10);

    refresher.refresh(channel);

    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Sepak Bola — Persib & Persija");
  }

  // --- markup, scripts and links ---

  @Test
  void htmlAndScriptsInTitlesAndExcerptsBecomePlainText() throws Exception {
    server.feed(
        "/html",
        rss(
            item(
                "h-1",
                "&lt;script&gt;alert('judul')&lt;/script&gt;Banjir &lt;b&gt;Jakarta&lt;/b&gt;"
                    + " Surut",
                "https://p.example/h1",
                "Wed, 25 Nov 2026 09:00:00 +0700",
                "<script>alert('isi')</script><p onclick=\"x()\">Air <i>mulai</i>"
                    + " surut.</p><style>p{}</style>"),
            item(
                "h-2",
                "<![CDATA[<img src=x onerror=alert(1)>Gempa <i>Palu</i> &amp; Donggala]]>",
                "https://p.example/h2",
                "Tue, 24 Nov 2026 09:00:00 +0700",
                "")));
    var channel = channel(server.url("/html"), 10);

    refresher.refresh(channel);

    var seen = readerSees(channel);
    assertThat(seen)
        .extracting(Seen::title)
        .containsExactly("Banjir Jakarta Surut", "Gempa Palu & Donggala");
    assertThat(seen.getFirst().excerpt()).isEqualTo("Air mulai surut.");
    String page = page(channel);
    assertThat(page)
        .doesNotContain("alert(")
        .doesNotContain("onerror")
        .doesNotContain("<img src=x");
  }

  @Test
  void relativeLinksAreResolvedAndScriptLinksAreDropped() throws Exception {
    server.feed(
        "/links",
        rss(
            item("l-1", "Tautan Relatif", "/berita/relatif", "Wed, 25 Nov 2026 09:00:00 +0700", ""),
            item(
                "l-2",
                "Tautan Skrip",
                "javascript:alert(document.cookie)",
                "Wed, 25 Nov 2026 08:00:00 +0700",
                ""),
            item(
                "l-3",
                "Tautan Data",
                "data:text/html;base64,PHNjcmlwdD4=",
                "Wed, 25 Nov 2026 07:00:00 +0700",
                ""),
            item(
                "l-4",
                "Tautan Berspasi",
                "https://p.example/berita dengan spasi",
                "Wed, 25 Nov 2026 06:00:00 +0700",
                "")));
    var channel = channel(server.url("/links"), 10);

    var result = refresher.refresh(channel);

    assertThat(result.skipped()).isEqualTo(2);
    assertThat(result.summary()).contains("2 dilewati");
    var seen = readerSees(channel);
    assertThat(seen).extracting(Seen::title).containsExactly("Tautan Relatif", "Tautan Berspasi");
    // the channel's own <link> (https://partner.example/) is the base for relative item links
    assertThat(seen)
        .extracting(Seen::href)
        .containsExactly(
            "https://partner.example/berita/relatif", "https://p.example/berita%20dengan%20spasi");
    assertThat(page(channel)).doesNotContain("javascript:").doesNotContain("data:text");
  }

  // --- missing dates and the item limit ---

  @Test
  void undatedItemsGetTheFetchTimeKeepTheFeedsOrderAndKeepTheirDateLater() throws Exception {
    server.feed(
        "/undated",
        rss(
            item("u-1", "Pertama di Umpan", "https://p.example/u1", null, ""),
            item("u-2", "Kedua di Umpan", "https://p.example/u2", null, ""),
            item("u-3", "Ketiga di Umpan", "https://p.example/u3", null, "")));
    var channel = channel(server.url("/undated"), 10);
    Instant firstFetch = clock.instant();

    refresher.refresh(channel);
    clock.advance(Duration.ofHours(2));
    refresher.refresh(channel);

    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Pertama di Umpan", "Kedua di Umpan", "Ketiga di Umpan");
    var items = channels.findItems(channel.id(), 0, 10);
    assertThat(items.getFirst().publishedAt()).isEqualTo(firstFetch);
    assertThat(items).extracting(ChannelItem::publishedAt).allMatch(t -> !t.isAfter(firstFetch));
  }

  @Test
  void datesFarInTheFutureDoNotPinAnItemOnTop() throws Exception {
    server.feed(
        "/future",
        rss(
            item(
                "f-1",
                "Dari Masa Depan",
                "https://p.example/f1",
                "Sat, 01 Jan 2033 00:00:00 +0700",
                ""),
            item("f-2", "Kemarin", "https://p.example/f2", "Wed, 25 Nov 2026 08:00:00 +0700", "")));
    var channel = channel(server.url("/future"), 10);

    refresher.refresh(channel);

    var items = channels.findItems(channel.id(), 0, 10);
    assertThat(items).extracting(ChannelItem::title).containsExactly("Dari Masa Depan", "Kemarin");
    assertThat(items.getFirst().publishedAt()).isEqualTo(clock.instant());
  }

  @Test
  void keepsOnlyTheNewestMaxItems() throws Exception {
    List<String> items = new ArrayList<>();
    for (int day = 1; day <= 15; day++) {
      items.add(
          item(
              "m-" + day,
              "Berita Tanggal " + day,
              "https://p.example/m" + day,
              String.format("%02d Nov 2026 08:00:00 +0000", day),
              ""));
    }
    server.feed("/many", rss(items.toArray(String[]::new)));
    var channel = channel(server.url("/many"), 5);

    refresher.refresh(channel);
    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly(
            "Berita Tanggal 15",
            "Berita Tanggal 14",
            "Berita Tanggal 13",
            "Berita Tanggal 12",
            "Berita Tanggal 11");

    server.feed(
        "/many",
        rss(
            item(
                "m-20",
                "Berita Tanggal 20",
                "https://p.example/m20",
                "20 Nov 2026 08:00:00 +0000",
                ""),
            item(
                "m-16",
                "Berita Tanggal 16",
                "https://p.example/m16",
                "16 Nov 2026 08:00:00 +0000",
                "")));
    refresher.refresh(channel);

    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly(
            "Berita Tanggal 20",
            "Berita Tanggal 16",
            "Berita Tanggal 15",
            "Berita Tanggal 14",
            "Berita Tanggal 13");
    assertThat(channels.countItems(channel.id())).isEqualTo(5);
  }

  @Test
  void gzippedFeedsAreUnpackedWithinTheSizeLimit() throws Exception {
    byte[] xml =
        rss(item("z-1", "Berita Terkompresi", "https://p.example/z1", null, ""))
            .getBytes(StandardCharsets.UTF_8);
    byte[] bomb = new byte[(int) MAX_SIZE.toBytes() * 4]; // packs to a few hundred bytes
    server.handle(
        "/gz",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          FeedServer.send(exchange, 200, "application/rss+xml", gzip(xml));
        });
    server.handle(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          FeedServer.send(exchange, 200, "application/rss+xml", gzip(bomb));
        });
    var packed = channel(server.url("/gz"), 10);
    var exploding = channel(server.url("/bomb"), 10);

    refresher.refresh(packed);
    refresher.refresh(exploding);

    assertThat(server.requests("/gz").getFirst()).containsEntry("accept-encoding", "gzip");
    assertThat(readerSees(packed)).extracting(Seen::title).containsExactly("Berita Terkompresi");
    assertThat(admin.status(exploding.id()).lastError())
        .isEqualTo("Umpan lebih besar dari batas 64 KB; tidak diambil.");
  }

  static byte[] gzip(byte[] bytes) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  // --- conditional GET ---

  @Test
  void conditionalGetSendsTheValidatorsAndA304KeepsTheItems() throws Exception {
    String lastModified = "Wed, 25 Nov 2026 10:00:00 GMT";
    byte[] body =
        rss(item("c-1", "Berita Tetap", "https://p.example/c1", null, ""))
            .getBytes(StandardCharsets.UTF_8);
    server.handle(
        "/cond",
        exchange -> {
          if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().add("ETag", "\"v1\"");
          exchange.getResponseHeaders().add("Last-Modified", lastModified);
          FeedServer.send(exchange, 200, "application/rss+xml", body);
        });
    var channel = channel(server.url("/cond"), 10);

    assertThat(refresher.refresh(channel).outcome()).isEqualTo(Outcome.UPDATED);
    clock.advance(Duration.ofMinutes(30));
    var second = refresher.refresh(channel);

    assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(second.summary()).isEqualTo("Tidak ada yang baru (304); 1 berita tampil.");
    var requests = server.requests("/cond");
    assertThat(requests.getFirst()).doesNotContainKey("if-none-match");
    assertThat(requests.get(1))
        .containsEntry("if-none-match", "\"v1\"")
        .containsEntry("if-modified-since", lastModified);
    assertThat(readerSees(channel)).extracting(Seen::title).containsExactly("Berita Tetap");
    assertThat(admin.status(channel.id()).lastSuccessAt()).isEqualTo(clock.instant());
  }

  @Test
  void a304FromAFeedWithOnlyAnEtagKeepsTheItemsAndCountsAsSuccess() throws Exception {
    byte[] body =
        rss(item("e-1", "Berita Ber-ETag", "https://p.example/e1", null, ""))
            .getBytes(StandardCharsets.UTF_8);
    server.handle(
        "/etag-only",
        exchange -> {
          if ("\"e1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().add("ETag", "\"e1\"");
          FeedServer.send(exchange, 200, "application/rss+xml", body);
        });
    var channel = channel(server.url("/etag-only"), 10);
    refresher.refresh(channel);
    clock.advance(Duration.ofMinutes(30));

    var second = refresher.refresh(channel);
    clock.advance(Duration.ofMinutes(30));
    var third = refresher.refresh(channel);

    assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(third.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(server.requests("/etag-only").get(2)).containsEntry("if-none-match", "\"e1\"");
    var status = admin.status(channel.id());
    assertThat(status.failing()).isFalse();
    assertThat(status.lastSuccessAt()).isEqualTo(clock.instant());
    assertThat(readerSees(channel)).extracting(Seen::title).containsExactly("Berita Ber-ETag");
  }

  // --- failures keep the last good items and tell the admin ---

  @Test
  void aServerErrorKeepsTheItemsAndCountsFailures() throws Exception {
    var channel = channelWithGoodItems("/err");
    server.status("/err", 500);

    refresher.refresh(channel);
    var result = refresher.refresh(channel);

    assertThat(result.failed()).isTrue();
    assertThat(result.summary())
        .isEqualTo("Gagal: Server mitra menjawab HTTP 500. 1 berita terakhir tetap tampil.");
    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Berita Lama yang Baik");
    var status = admin.status(channel.id());
    assertThat(status.lastError()).isEqualTo("Server mitra menjawab HTTP 500.");
    assertThat(status.failureCount()).isEqualTo(2);
    assertThat(status.summary())
        .startsWith("Gagal 2 kali berturut-turut: Server mitra menjawab HTTP 500.");

    server.feed("/err", rss(item("ok-2", "Pulih Kembali", "https://p.example/ok2", null, "")));
    refresher.refresh(channel);
    assertThat(admin.status(channel.id()).failing()).isFalse();
    assertThat(admin.status(channel.id()).failureCount()).isZero();
  }

  @Test
  void malformedXmlKeepsTheItems() throws Exception {
    var channel = channelWithGoodItems("/broken");
    server.feed(
        "/broken",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Rusak</title>
        <item><title>Tanpa penutup</title><link>https://p.example/x</link>
        </channel></rss>
        """);

    var result = refresher.refresh(channel);

    assertThat(result.failed()).isTrue();
    assertThat(admin.status(channel.id()).lastError())
        .startsWith("Umpan tidak dapat dibaca: bukan XML yang utuh (baris");
    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Berita Lama yang Baik");
  }

  @Test
  void anHtmlPageInsteadOfAFeedIsReportedAsNotAFeed() throws Exception {
    var channel = channelWithGoodItems("/page");
    server.feed(
        "/page",
        "text/html",
        "<html><head><title>Beranda</title></head><body><p>Bukan umpan</p></body></html>"
            .getBytes(StandardCharsets.UTF_8));

    refresher.refresh(channel);

    assertThat(admin.status(channel.id()).lastError())
        .isEqualTo("Umpan tidak dapat dibaca: bukan RSS atau Atom.");
    assertThat(readerSees(channel)).hasSize(1);
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    var channel = channelWithGoodItems("/xxe");
    server.feed(
        "/xxe",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>XXE</title><link>https://p.example/</link>
        <item><title>Isi &xxe;</title><link>https://p.example/xxe</link><guid>xxe</guid></item>
        </channel></rss>
        """);

    refresher.refresh(channel);

    assertThat(admin.status(channel.id()).lastError()).contains("DOCTYPE");
    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Berita Lama yang Baik");
    assertThat(page(channel)).doesNotContain("root:");
  }

  @Test
  void aHugeFeedIsRefusedWhileReadingWithoutALength() throws Exception {
    var channel = channelWithGoodItems("/huge");
    server.endless("/huge", 50L * 1024 * 1024);

    var result = refresher.refresh(channel);

    assertThat(result.error()).isEqualTo("Umpan lebih besar dari batas 64 KB; tidak diambil.");
    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Berita Lama yang Baik");
  }

  @Test
  void aHugeFeedIsRefusedByItsDeclaredLength() throws Exception {
    var channel = channelWithGoodItems("/huge-length");
    server.feed("/huge-length", "application/rss+xml", new byte[(int) MAX_SIZE.toBytes() + 1]);

    refresher.refresh(channel);

    assertThat(admin.status(channel.id()).lastError()).contains("lebih besar dari batas 64 KB");
    assertThat(readerSees(channel)).hasSize(1);
  }

  @Test
  void aServerThatNeverAnswersTimesOutQuickly() throws Exception {
    var channel = channelWithGoodItems("/hang");
    server.hang("/hang");

    Duration timeout = Duration.ofMillis(800);
    RefreshResult result;
    long start = System.nanoTime();
    try (var impatient = fetcher(timeout)) {
      result =
          new ChannelRefresher(channels, impatient, transactions, clock, 1, changes, claims)
              .refresh(channel);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(timeout.plusSeconds(3));
    assertThat(result.error()).isEqualTo("Server mitra tidak menjawab dalam 800 milidetik.");
    assertThat(readerSees(channel))
        .extracting(Seen::title)
        .containsExactly("Berita Lama yang Baik");
  }

  @Test
  void aServerThatIsDownIsReported() throws Exception {
    var channel = channelWithGoodItems("/down");
    server.close();

    var result = refresher.refresh(channel);

    assertThat(result.error()).startsWith("Server mitra tidak dapat dihubungi");
    assertThat(readerSees(channel)).hasSize(1);
  }

  @Test
  void redirectsAreFollowedAFewTimesOnly() throws Exception {
    server.redirect("/old", 301, "/new");
    server.feed("/new", rss(item("r-1", "Pindah Alamat", "https://p.example/r1", null, "")));
    var moved = channel(server.url("/old"), 10);
    server.redirect("/loop", 302, "/loop");
    var looping = channel(server.url("/loop"), 10);
    server.redirect("/ftp", 302, "ftp://p.example/feed.xml");
    var toFtp = channel(server.url("/ftp"), 10);

    assertThat(refresher.refresh(moved).outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(readerSees(moved)).extracting(Seen::title).containsExactly("Pindah Alamat");
    assertThat(refresher.refresh(looping).error())
        .isEqualTo("Terlalu banyak pengalihan (lebih dari 2).");
    assertThat(refresher.refresh(toFtp).error())
        .startsWith("Alamat umpan harus berupa alamat web http atau https");
  }

  @Test
  void aFeedThatKeepsFailingWarnsOncePerChangeOfState() throws Exception {
    var logger =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ChannelRefresher.class);
    var appender =
        new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    appender.start();
    var level = logger.getLevel();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.addAppender(appender);
    try {
      var channel = channelWithGoodItems("/flaky");
      server.status("/flaky", 503);
      for (int i = 0; i < 3; i++) {
        refresher.refresh(channel);
      }
      server.status("/flaky", 500);
      refresher.refresh(channel);
      refresher.refresh(channel);
      server.feed("/flaky", rss(item("ok", "Pulih", "https://p.example/pulih", null, "")));
      refresher.refresh(channel);
      refresher.refresh(channel);

      assertThat(appender.list)
          .extracting(
              e -> e.getLevel() + " " + e.getFormattedMessage().replaceAll(" \\(http[^)]*\\)", ""))
          .containsExactly(
              "WARN Partner feed "
                  + channel.slug()
                  + " failed, its stored items stay: Server mitra menjawab HTTP 503.",
              "WARN Partner feed "
                  + channel.slug()
                  + " failed, its stored items stay: Server mitra menjawab HTTP 500.",
              "INFO Partner feed " + channel.slug() + " works again");
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(level);
    }
  }

  // --- internal addresses (SSRF) ---

  @Test
  void internalAddressesInEveryNotationAreRefusedWithOneTextAndNeverContacted() throws Exception {
    server.feed(
        "/internal", rss(item("i-1", "Rahasia Internal", "https://p.example/i1", null, "")));
    int port = java.net.URI.create(server.url("/")).getPort();
    List<String> urls =
        List.of(
            "http://127.0.0.1:" + port + "/internal",
            "http://127.0.0.1:1/internal", // a closed port reads the same as an open one
            "http://localhost:" + port + "/internal",
            "http://[::1]:" + port + "/internal",
            "http://0.0.0.0:" + port + "/internal",
            "http://2130706433:" + port + "/internal",
            "http://0x7f000001:" + port + "/internal",
            "http://0177.0.0.1:" + port + "/internal",
            "http://127.1:" + port + "/internal",
            "http://[::ffff:127.0.0.1]:" + port + "/internal",
            "http://169.254.169.254/latest/meta-data/",
            "http://[fd00:ec2::254]/latest/meta-data/",
            "http://10.1.2.3/rss",
            "http://172.16.5.4/rss",
            "http://192.168.1.1/rss",
            "http://100.64.0.1/rss",
            "http://[fe80::1]/rss",
            "http://224.0.0.1/rss");
    try (var guarded = fetcher(Duration.ofSeconds(5), List.of())) {
      for (String url : urls) {
        assertThatThrownBy(() -> guarded.fetch(java.net.URI.create(url), null, null))
            .as(url)
            .isInstanceOf(FeedFetchException.class)
            .hasMessage(FeedDestinations.REFUSED);
      }
    }
    assertThat(server.requests("/internal")).isEmpty();
  }

  @Test
  void theAdminSeesTheRefusalAndNothingInternalIsPublished() throws Exception {
    server.feed(
        "/internal", rss(item("i-2", "Rahasia Internal", "https://p.example/i2", null, "")));
    var channel = channel(server.url("/internal"), 10);

    try (var guarded = fetcher(Duration.ofSeconds(5), List.of())) {
      var result =
          new ChannelRefresher(channels, guarded, transactions, clock, 1, changes, claims)
              .refresh(channel);
      assertThat(result.failed()).isTrue();
    }

    assertThat(admin.status(channel.id()).lastError()).isEqualTo(FeedDestinations.REFUSED);
    assertThat(readerSees(channel)).isEmpty();
    assertThat(server.requests("/internal")).isEmpty();
  }

  @Test
  void aRedirectToAnInternalAddressIsRefusedEvenFromAnAllowedHost() throws Exception {
    int port = java.net.URI.create(server.url("/")).getPort();
    server.feed(
        "/internal", rss(item("i-3", "Rahasia Internal", "https://p.example/i3", null, "")));
    server.redirect("/to-localhost", 302, "http://localhost:" + port + "/internal");
    server.redirect("/to-metadata", 301, "http://169.254.169.254/latest/meta-data/");

    for (String path : List.of("/to-localhost", "/to-metadata")) {
      assertThatThrownBy(() -> fetcher.fetch(java.net.URI.create(server.url(path)), null, null))
          .as(path)
          .hasMessage(FeedDestinations.REFUSED);
      assertThat(server.requests(path)).hasSize(1);
    }
    assertThat(server.requests("/internal")).isEmpty();
  }

  @Test
  void anAllowedHostIsFetchedFromTheAddressThatWasChecked() throws Exception {
    server.feed(
        "/mitra", rss(item("a-1", "Dari Jaringan Kantor", "https://p.example/a1", null, "")));
    int port = java.net.URI.create(server.url("/")).getPort();
    var lookups = new java.util.concurrent.atomic.AtomicInteger();
    // "feed.mitra.test" exists for this resolver only: the connection must use its answer
    var destinations =
        new FeedDestinations(
            List.of("feed.mitra.test"),
            host -> {
              lookups.incrementAndGet();
              return new java.net.InetAddress[] {java.net.InetAddress.getLoopbackAddress()};
            });

    try (var office = new FeedFetcher(properties(Duration.ofSeconds(5), List.of()), destinations)) {
      var response =
          office.fetch(
              java.net.URI.create("http://feed.mitra.test:" + port + "/mitra"), null, null);
      assertThat(response).isInstanceOf(FeedFetcher.Fetched.class);
    }

    assertThat(lookups).hasValue(1);
    assertThat(server.requests("/mitra").getFirst())
        .containsEntry("host", "feed.mitra.test:" + port);
  }

  // --- scheduling ---

  @Test
  void theTickFetchesOnlyChannelsWhoseIntervalHasPassed() throws Exception {
    server.feed("/due", rss(item("d-1", "Berita Terjadwal", "https://p.example/d1", null, "")));
    var channel = channel(server.url("/due"), 10); // every 30 minutes

    assertThat(refresher.refreshDue(clock.instant()))
        .extracting(RefreshResult::channelId)
        .contains(channel.id());
    clock.advance(Duration.ofMinutes(29));
    assertThat(refresher.refreshDue(clock.instant()))
        .extracting(RefreshResult::channelId)
        .doesNotContain(channel.id());
    clock.advance(Duration.ofMinutes(1));
    assertThat(refresher.refreshDue(clock.instant()))
        .extracting(RefreshResult::channelId)
        .contains(channel.id());
    admin.disable(channel.id());
    clock.advance(Duration.ofHours(1));
    assertThat(refresher.refreshDue(clock.instant()))
        .extracting(RefreshResult::channelId)
        .doesNotContain(channel.id());

    assertThat(server.requests("/due")).hasSize(2);
  }

  @Test
  void twoNodesTickingTogetherFetchADueChannelOnce() throws Exception {
    server.feed("/once", rss(item("o-1", "Sekali Saja", "https://p.example/o1", null, "")));
    var channel = channel(server.url("/once"), 10); // every 30 minutes
    var nodeA = node("node-a");
    var nodeB = node("node-b");
    var turn = new java.util.concurrent.atomic.AtomicInteger();

    for (int round = 1; round <= 5; round++) {
      id.warta.Race.twice(
          () -> (turn.getAndIncrement() % 2 == 0 ? nodeA : nodeB).refreshDue(clock.instant()));

      assertThat(server.requests("/once")).as("round " + round).hasSize(round);
      clock.advance(Duration.ofMinutes(30));
    }
  }

  @Test
  void aClaimLeftByANodeThatDiedExpiresAndAnotherNodeFetches() throws Exception {
    server.feed("/orphan", rss(item("y-1", "Diambil Alih", "https://p.example/y1", null, "")));
    var channel = channel(server.url("/orphan"), 10);
    var died =
        new id.warta.platform.JobClaims(
            jdbc, clock, new id.warta.platform.NodeProperties("mati", Duration.ofMinutes(5)));
    assertThat(died.claim("channel:" + channel.id())).isTrue();
    var survivor = node("hidup");

    assertThat(survivor.refreshDue(clock.instant()))
        .filteredOn(r -> r.channelId() == channel.id())
        .extracting(RefreshResult::outcome)
        .containsExactly(Outcome.BUSY);
    clock.advance(Duration.ofMinutes(5));
    assertThat(survivor.refreshDue(clock.instant()))
        .filteredOn(r -> r.channelId() == channel.id())
        .extracting(RefreshResult::outcome)
        .containsExactly(Outcome.UPDATED);

    assertThat(server.requests("/orphan")).hasSize(1);
    assertThat(readerSees(channel)).extracting(Seen::title).containsExactly("Diambil Alih");
  }

  /** Another node on the same database: its own refresher and its own name in claims. */
  private ChannelRefresher node(String name) {
    return new ChannelRefresher(
        channels,
        fetcher,
        transactions,
        clock,
        2,
        changes,
        new id.warta.platform.JobClaims(
            jdbc, clock, new id.warta.platform.NodeProperties(name, Duration.ofMinutes(5))));
  }

  @Test
  void refreshNowFromTheAdminFetchesAtOnce() throws Exception {
    server.feed("/now", rss(item("n-1", "Segera Tampil", "https://p.example/n1", null, "")));
    var channel = channel(server.url("/now"), 10);

    var result = admin.refreshNow(channel.id());

    assertThat(result.summary()).isEqualTo("Berhasil: 1 berita dibaca; 1 berita tampil.");
    assertThat(readerSees(channel)).extracting(Seen::title).containsExactly("Segera Tampil");
  }

  // --- helpers ---

  PartnerChannel channel(String feedUrl, int maxItems) {
    String name = TestContent.unique("Mitra");
    var status =
        admin.create(
            new ChannelForm(name, "", "https://partner.example", feedUrl, 30, maxItems, 50, true));
    created.add(status.channel().id());
    return status.channel();
  }

  PartnerChannel channelWithGoodItems(String path) throws Exception {
    server.feed(
        path, rss(item("good-1", "Berita Lama yang Baik", "https://p.example/good", null, "")));
    var channel = channel(server.url(path), 10);
    assertThat(refresher.refresh(channel).outcome()).isEqualTo(Outcome.UPDATED);
    clock.advance(Duration.ofMinutes(30));
    return channel;
  }

  static String rss(String... items) {
    return """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel>
    <title>Mitra</title><link>https://partner.example/</link><description>Uji</description>
    %s
    </channel></rss>
    """
        .formatted(String.join("\n", items));
  }

  static String item(String guid, String title, String link, String pubDate, String description) {
    return "<item><guid isPermaLink=\"false\">"
        + guid
        + "</guid><title>"
        + title
        + "</title>"
        + "<link>"
        + link
        + "</link>"
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
        + (description.isEmpty()
            ? ""
            : "<description><![CDATA[" + description + "]]></description>")
        + "</item>";
  }

  record Seen(String title, String href, String rel, String excerpt, String excerptHtml) {}

  String page(PartnerChannel channel) throws Exception {
    return mvc.perform(get(channel.path()))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  List<Seen> readerSees(PartnerChannel channel) throws Exception {
    var document = Jsoup.parse(page(channel));
    List<Seen> seen = new ArrayList<>();
    for (Element li : document.select("ul.channel-items > li")) {
      Element link = li.selectFirst("a");
      Element excerpt = li.selectFirst(".excerpt");
      seen.add(
          new Seen(
              link.text(),
              link.attr("href"),
              link.attr("rel"),
              excerpt == null ? "" : excerpt.text(),
              excerpt == null ? "" : excerpt.html()));
    }
    return seen;
  }
}
