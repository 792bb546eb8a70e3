package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.PageCache;
import id.warta.popular.MostRead;
import id.warta.popular.PageViewCounter;
import id.warta.section.Section;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The full-page cache as readers meet it: the same page again, at once, and never stale. */
@WartaTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class PageCacheTest {
  static final String READER = "Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile Safari/537.36";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired PageCache cache;
  @Autowired ArticleRepository articles;
  @Autowired PageViewCounter counter;
  @Autowired MostRead mostRead;
  @Autowired MeterRegistry meters;

  TestContent content;
  Section section;
  Author author;

  @BeforeEach
  void setUp() {
    // The home page's Berita Terkini must show this class's newest article: nobody else's.
    EmptyDatabase.empty(context);
    content = TestContent.of(context);
    section = content.section("Kanal");
    author = content.author("Penulis");
  }

  @Test
  void theSecondReaderGetsTheSamePageFromTheCacheWithAnEtagAnd304() throws Exception {
    long id = content.article(section, author).title("Berita Tersimpan").create();
    String path = path(id);
    long timed = timedRequests();
    var first = send(get(path).header("User-Agent", READER));
    long stored = cache.size();
    var second = send(get(path).header("User-Agent", READER));
    // The render is timed (http.server.requests); the hit is counted as a hit, not as a render.
    assertThat(timedRequests()).isEqualTo(timed + 1);

    assertThat(second.getStatus()).isEqualTo(200);
    assertThat(second.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
    assertThat(cache.size()).isEqualTo(stored);
    assertThat(second.getHeader("ETag")).isNotBlank();
    assertThat(second.getHeader("Content-Security-Policy"))
        .as("security headers are kept")
        .contains("default-src 'self'");
    assertThat(second.getHeader("Cache-Control")).contains("public").contains("s-maxage=");
    assertThat(second.getHeader("Surrogate-Key"))
        .contains("a:" + id)
        .contains("section:" + section.id());

    var notModified = send(get(path).header("If-None-Match", second.getHeader("ETag")));
    assertThat(notModified.getStatus()).isEqualTo(304);
    assertThat(notModified.getContentAsByteArray()).isEmpty();
  }

  /** Requests timed so far (http.server.requests), whatever their route and status. */
  long timedRequests() {
    return meters.find("http.server.requests").timers().stream().mapToLong(t -> t.count()).sum();
  }

  @Test
  void gzipIsServedToBrowsersThatAskForIt() throws Exception {
    long id = content.article(section, author).title("Berita Padat").create();
    send(get(path(id)));
    var zipped = send(get(path(id)).header("Accept-Encoding", "gzip, deflate, br"));
    assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
    String html =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(html).selectFirst("h1").text()).isEqualTo("Berita Padat");
  }

  @Test
  void aChangedArticleIsNeverServedStale() throws Exception {
    long id = content.article(section, author).title("Berita Lama").create();
    String sectionPage = "/" + section.slug();
    assertThat(send(get(sectionPage)).getContentAsString(StandardCharsets.UTF_8))
        .contains("Berita Lama");
    assertThat(send(get("/")).getStatus()).isEqualTo(200);

    long newer = content.article(section, author).title("Berita Baru Terbit").create();

    assertThat(send(get(sectionPage)).getContentAsString(StandardCharsets.UTF_8))
        .contains("Berita Baru Terbit");
    assertThat(
            Jsoup.parse(send(get("/")).getContentAsString(StandardCharsets.UTF_8))
                .select(".modules")
                .text())
        .contains("Berita Baru Terbit");
    assertThat(newer).isGreaterThan(id);
  }

  @Test
  void viewsOfCachedArticlePagesStillCount() throws Exception {
    long id = content.article(section, author).title("Dibaca Berkali-kali").create();
    for (int i = 0; i < 4; i++) {
      send(get(path(id)).header("User-Agent", READER));
    }
    send(get(path(id)).header("User-Agent", "Googlebot/2.1"));
    counter.flush();
    assertThat(mostRead.totalViews(id)).isEqualTo(4);
  }

  @Test
  void aHeadRequestNeverFillsTheCacheWithAnEmptyPage() throws Exception {
    long id = content.article(section, author).title("Kepala Saja").create();
    send(head(path(id)));
    var page = send(get(path(id)));
    assertThat(
            Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8)).selectFirst("h1").text())
        .isEqualTo("Kepala Saja");
  }

  @Test
  void errorPagesAndRedirectsAreNotCached() throws Exception {
    assertThat(send(get("/tidak-ada-kanal-ini")).getStatus()).isEqualTo(404);
    long id = content.article(section, author).title("Dialihkan").create();
    assertThat(send(get("/" + section.slug() + "/" + id)).getStatus()).isEqualTo(301);
    assertThat(cache.holds("/tidak-ada-kanal-ini")).isFalse();
    assertThat(cache.holds("/" + section.slug() + "/" + id)).isFalse();
    send(get(path(id)));
    assertThat(cache.holds(path(id))).as("while the article page itself is").isTrue();
  }

  @Test
  void aQueryStringThePageDoesNotReadDoesNotMakeANewPage() throws Exception {
    content.article(section, author).title("Berita Kanal Tunggal").create();
    String sectionPage = "/" + section.slug();
    send(get(sectionPage + "?cb=1"));
    long stored = cache.size();
    double hitsBefore = hits();

    var busted = send(get(sectionPage + "?cb=2&utm_source=x"));

    assertThat(busted.getStatus()).isEqualTo(200);
    assertThat(hits()).as("served from the cache").isEqualTo(hitsBefore + 1);
    assertThat(cache.size()).isEqualTo(stored);
    assertThat(cache.holds(sectionPage)).isTrue();
  }

  @Test
  void theParametersAPageReadsStillMakeTheirOwnPages() throws Exception {
    send(get("/cari?q=banjir&cb=1"));
    double hitsBefore = hits();
    var same = send(get("/cari?cb=2&q=banjir"));
    assertThat(hits()).as("same search, other noise: a hit").isEqualTo(hitsBefore + 1);

    var other = send(get("/cari?q=gempa&cb=1"));
    assertThat(hits()).as("another search renders").isEqualTo(hitsBefore + 1);
    assertThat(Jsoup.parse(other.getContentAsString(StandardCharsets.UTF_8)).select("#q").val())
        .isEqualTo("gempa");
    assertThat(Jsoup.parse(same.getContentAsString(StandardCharsets.UTF_8)).select("#q").val())
        .isEqualTo("banjir");
    assertThat(cache.holds("/cari?q=banjir")).isTrue();
    assertThat(cache.holds("/cari?q=gempa")).isTrue();
  }

  @Test
  void aCachedFeedAnswersIfModifiedSinceWith304() throws Exception {
    content.article(section, author).title("Berita Umpan").create();
    var first = send(get("/rss"));
    String lastModified = first.getHeader("Last-Modified");
    assertThat(lastModified).isNotBlank();
    assertThat(cache.holds("/rss")).isTrue();

    var notModified = send(get("/rss").header("If-Modified-Since", lastModified));
    assertThat(notModified.getStatus()).isEqualTo(304);
    assertThat(notModified.getContentAsByteArray()).isEmpty();

    var older = send(get("/rss").header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"));
    assertThat(older.getStatus()).isEqualTo(200);
    var otherTag =
        send(
            get("/rss")
                .header("If-None-Match", "\"lain\"")
                .header("If-Modified-Since", lastModified));
    assertThat(otherTag.getStatus()).as("If-None-Match takes precedence").isEqualTo(200);
    var unreadable = send(get("/rss").header("If-Modified-Since", "kemarin"));
    assertThat(unreadable.getStatus()).isEqualTo(200);
  }

  @Test
  void headRequestsAndPrefetchesAreNotViewsRenderedOrCached() throws Exception {
    long id = content.article(section, author).title("Diambil Lebih Dulu").create();
    send(head(path(id)).header("User-Agent", READER));
    send(get(path(id)).header("User-Agent", READER).header("Sec-Purpose", "prefetch"));
    assertThat(cache.holds(path(id))).isTrue();
    send(get(path(id)).header("User-Agent", READER).header("Sec-Purpose", "prefetch;prerender"));
    send(get(path(id)).header("User-Agent", READER).header("Purpose", "prefetch"));
    send(head(path(id)).header("User-Agent", READER));
    send(get(path(id)).header("User-Agent", READER));
    counter.flush();
    assertThat(mostRead.totalViews(id)).isEqualTo(1);
  }

  private double hits() {
    return meters.get("warta.page.cache.hits").counter().count();
  }

  private String path(long id) {
    return "/" + section.slug() + "/" + id + "/" + articles.findById(id).orElseThrow().slug();
  }

  private MockHttpServletResponse send(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
