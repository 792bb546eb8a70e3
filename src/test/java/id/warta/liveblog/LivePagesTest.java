package id.warta.liveblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.TestContent;
import id.warta.section.Section;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A live article as readers meet it, through the page cache as in production. */
@WartaTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class LivePagesTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired PublishedArticles published;
  @Autowired LiveBlogService live;
  @Autowired MeterRegistry meters;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  TestContent content;
  Section section;
  long article;
  String title;

  @BeforeEach
  void setUp() {
    content = TestContent.of(context);
    section = content.section("Kanal Langsung");
    title = TestContent.unique("Pemilu Langsung");
    article =
        content
            .article(section, content.author("Reporter"))
            .title(title)
            .body("<p>Latar belakang.</p>")
            .create();
    live.start(article);
  }

  @Test
  void withoutJavaScriptEveryEntryIsOnThePageWithALinkToLoadUpdates() throws Exception {
    for (int i = 1; i <= 60; i++) {
      live.post(article, new EntryDraft("Pembaruan nomor " + i, null, "", false, i == 7), "editor");
    }
    Document page = page();

    var entries = page.select("#langsung .live-entries > li");
    assertThat(entries).as("all entries, more than the fragment holds").hasSize(60);
    assertThat(entries.first().text()).contains("Pembaruan nomor 60");
    assertThat(entries.last().text()).contains("Pembaruan nomor 1");
    assertThat(page.selectFirst(".live-entries > li time").attr("datetime")).isNotBlank();
    assertThat(page.selectFirst("a.live-reload").text()).isEqualTo("Muat pembaruan");
    assertThat(page.selectFirst("a.live-reload").attr("href"))
        .startsWith(path())
        .endsWith("#langsung");
    assertThat(page.select(".live-key-events a").text()).contains("Pembaruan nomor 7");
    assertThat(page.selectFirst("#langsung").attr("data-live-fragment"))
        .isEqualTo("/feed/langsung/" + article);
    assertThat(page.select("script[src*=/js/live]")).hasSize(1);
    assertThat(page.selectFirst(".live").elementSiblingIndex())
        .as("under the lead, above the body")
        .isLessThan(page.selectFirst(".story > .body").elementSiblingIndex());
  }

  @Test
  void pinnedEntriesStandAboveAndEmbedsLoadNothingUntilClicked() throws Exception {
    live.post(article, new EntryDraft("Penting sekali", null, "", true, false), "editor");
    live.post(
        article,
        new EntryDraft(
            "Lihat videonya", null, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", false, false),
        "editor");
    Document page = page();

    assertThat(page.select(".live-pinned .live-entry").text())
        .contains("Penting sekali")
        .contains("Disematkan");
    var embed = page.selectFirst(".embed");
    assertThat(embed.attr("data-embed-src"))
        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(embed.selectFirst("a").attr("href"))
        .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(page.select("iframe, script[src^=http], img[src^=http]"))
        .as("no third-party request before a click")
        .isEmpty();
  }

  @Test
  void theJsonLdIsALiveBlogPostingWithItsUpdates() throws Exception {
    live.post(article, new EntryDraft("Kotak suara dibuka", null, "", false, false), "editor");
    live.post(article, new EntryDraft("Penghitungan dimulai", null, "", false, true), "editor");

    JsonNode posting = liveBlogPosting(page());
    assertThat(posting.get("headline").asString()).isEqualTo(title);
    assertThat(posting.get("coverageStartTime").asString())
        .matches("\\d{4}-\\d\\d-\\d\\dT.*\\+07:00");
    assertThat(posting.has("coverageEndTime")).isFalse();
    JsonNode updates = posting.get("liveBlogUpdate");
    assertThat(updates).hasSize(2);
    assertThat(updates.get(0).get("@type").asString()).isEqualTo("BlogPosting");
    assertThat(updates.get(0).get("headline").asString()).isEqualTo("Penghitungan dimulai");
    assertThat(updates.get(0).get("url").asString()).contains("#entri-");
    assertThat(updates.get(1).get("articleBody").asString()).isEqualTo("Kotak suara dibuka");
  }

  @Test
  void theEntriesHaveAFeed() throws Exception {
    live.post(article, new EntryDraft("Entri untuk umpan", null, "", false, false), "editor");
    var response = send(get("/rss/langsung/" + article));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("application/rss+xml");
    var rss =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    assertThat(rss.getElementsByTagName("item").getLength()).isEqualTo(1);
    assertThat(rss.getElementsByTagName("item").item(0).getTextContent())
        .contains("Entri untuk umpan");
    assertThat(page().select("link[rel=alternate][href$=/rss/langsung/" + article + "]"))
        .hasSize(1);
  }

  @Test
  void beritaTerkiniShowsTheLiveBadgeUntilTheCoverageEnds() throws Exception {
    // The newest article of all, so that Berita Terkini lists it whatever else the tests made.
    long newest = jdbc.sql("SELECT MAX(published_at) FROM article").query(Long.class).single();
    title = TestContent.unique("Sidang Langsung");
    article =
        content
            .article(section, content.author("Reporter"))
            .title(title)
            .publishedAt(java.time.Instant.ofEpochMilli(newest).plusSeconds(60))
            .create();
    live.start(article);
    assertThat(badgeOnHome()).isTrue();
    live.end(article);
    assertThat(badgeOnHome()).isFalse();
  }

  @Test
  void endingTheLiveBlogMakesANormalArticleThatKeepsItsEntries() throws Exception {
    live.post(article, new EntryDraft("Entri pertama", null, "", false, false), "editor");
    live.post(article, new EntryDraft("Entri terakhir", null, "", false, false), "editor");
    page();
    live.end(article);

    Document page = page();
    assertThat(page.select(".live-entries > li")).hasSize(2);
    assertThat(page.select(".live-entries").text())
        .contains("Entri pertama")
        .contains("Entri terakhir");
    assertThat(page.select("a.live-reload")).as("nothing to wait for").isEmpty();
    assertThat(page.selectFirst("#langsung").hasAttr("data-live-fragment")).isFalse();
    assertThat(page.select("#langsung .badge-live")).isEmpty();
    assertThat(page.select(".modules a[href=" + path() + "]").prev(".badge-live"))
        .as("no badge beside it in the modules")
        .isEmpty();
    assertThat(liveBlogPosting(page).get("coverageEndTime").asString()).isNotBlank();
    assertThat(page.selectFirst(".story > .body").text()).contains("LATAR belakang.");
  }

  @Test
  void aPollAfterANewEntryShowsItAndAnUnchangedPollComesFromTheCache() throws Exception {
    String fragment = "/feed/langsung/" + article;
    live.post(article, new EntryDraft("Sebelum", null, "", false, false), "editor");
    var first = send(get(fragment));
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(first.getHeader("Surrogate-Key")).contains("live:" + article);
    assertThat(entries(first)).containsExactly("Sebelum");

    live.post(article, new EntryDraft("Sesudah", null, "", false, false), "editor");
    var second = send(get(fragment));
    assertThat(entries(second)).as("purged by the new entry").containsExactly("Sesudah", "Sebelum");

    // Behind the application's back (no change recorded): only a poll that reads the database
    // would notice that the entries are gone.
    jdbc.sql("DELETE FROM live_entry WHERE article_id = :id").param("id", article).update();
    double hits = hits();
    var unchanged = send(get(fragment));
    assertThat(hits()).isEqualTo(hits + 1);
    assertThat(entries(unchanged))
        .as("served from the cache, no database read")
        .containsExactly("Sesudah", "Sebelum");
    var revalidated = send(get(fragment).header("If-None-Match", unchanged.getHeader("ETag")));
    assertThat(revalidated.getStatus()).isEqualTo(304);
  }

  @Test
  void theFragmentHoldsTheNewestEntriesOnly() throws Exception {
    for (int i = 1; i <= LiveViews.FRAGMENT_SIZE + 5; i++) {
      live.post(article, new EntryDraft("Nomor " + i, null, "", false, false), "editor");
    }
    List<String> shown = entries(send(get("/feed/langsung/" + article)));
    assertThat(shown).hasSize(LiveViews.FRAGMENT_SIZE);
    assertThat(shown.getFirst()).isEqualTo("Nomor " + (LiveViews.FRAGMENT_SIZE + 5));
  }

  @Test
  void articlesThatWereNeverLiveHaveNoFragmentNorLiveBlock() throws Exception {
    long plain =
        content
            .article(section, content.author("Biasa"))
            .title(TestContent.unique("Berita Biasa"))
            .create();
    assertThat(send(get("/feed/langsung/" + plain)).getStatus()).isEqualTo(404);
    assertThat(send(get("/rss/langsung/" + plain)).getStatus()).isEqualTo(404);
    var summary = published.findPublishedSummaries(List.of(plain)).getFirst();
    Document page =
        Jsoup.parse(send(get(summary.path())).getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.select("#langsung")).isEmpty();
    assertThat(page.select("script[type=application/ld+json]").html()).contains("\"NewsArticle\"");
  }

  private boolean badgeOnHome() throws Exception {
    Document home = Jsoup.parse(send(get("/")).getContentAsString(StandardCharsets.UTF_8));
    var link = home.select(".modules a[href=" + path() + "]").first();
    assertThat(link).as("the article is in Berita Terkini").isNotNull();
    var badge = link.previousElementSibling();
    return badge != null && badge.hasClass("badge-live");
  }

  private static List<String> entries(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
        .select(".live-entries > li .live-text")
        .eachText();
  }

  private JsonNode liveBlogPosting(Document page) {
    return page.select("script[type=application/ld+json]").stream()
        .map(s -> json.readTree(s.data()))
        .filter(n -> "LiveBlogPosting".equals(n.path("@type").asString()))
        .findFirst()
        .orElseThrow();
  }

  private Document page() throws Exception {
    var response = send(get(path()));
    assertThat(response.getStatus()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private String path() {
    var a = articles.findById(article).orElseThrow();
    return ArticleSummary.path(section.slug(), a.id(), a.slug());
  }

  private double hits() {
    return meters.get("warta.page.cache.hits").counter().count();
  }

  private MockHttpServletResponse send(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
