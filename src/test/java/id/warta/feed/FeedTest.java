package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.section.Section;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every feed is read back by ROME, a real feed library, and says what a feed reader shows. */
@WartaTest
class FeedTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  /** Each test starts on an empty database: the feeds hold its articles only. */
  @BeforeEach
  void emptyDatabase() {
    EmptyDatabase.empty(context);
  }

  @Test
  void siteRssIsReadByRomeWithTheArticlesNewestFirst() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Nasional");
    Author author = content.author("Nur Aivanni");
    var image = content.image("AFP", "Kepala junta Myanmar.", "Jenderal berseragam");
    Instant now = Instant.parse("2021-06-23T05:15:00Z");
    long older =
        content
            .article(section, author)
            .title(TestContent.unique("Berita Lama"))
            .publishedAt(now.minusSeconds(60))
            .create();
    String title = TestContent.unique("Junta Myanmar Berterima Kasih");
    long newer =
        content
            .article(section, author)
            .title(title)
            .lead("Junta berterima kasih kepada Rusia.")
            .image(image)
            .tags("Myanmar", "Rusia")
            .publishedAt(now)
            .create();

    SyndFeed feed = rome(get("/rss"));

    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("Warta Uji");
    assertThat(feed.getLanguage()).isEqualTo("id");
    assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(50);
    List<Long> ids = ids(feed);
    assertThat(ids).contains(newer, older);
    assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
    SyndEntry entry = entry(feed, newer);
    assertThat(entry.getTitle()).isEqualTo(title);
    assertThat(entry.getLink())
        .startsWith(link(section, newer))
        .endsWith("/junta-myanmar-berterima-kasih-" + title.substring(title.lastIndexOf(' ') + 1));
    assertThat(entry.getUri()).isEqualTo(entry.getLink());
    assertThat(entry.getDescription().getValue()).isEqualTo("Junta berterima kasih kepada Rusia.");
    assertThat(entry.getAuthor()).isEqualTo(author.name());
    assertThat(entry.getPublishedDate()).isEqualTo(Date.from(now));
    assertThat(entry.getCategories())
        .extracting(SyndCategory::getName)
        .containsExactly(section.name(), "Myanmar", "Rusia");
    assertThat(entry.getContents()).as("excerpt only by default").isEmpty();
    assertThat(entry.getForeignMarkup())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("content");
              assertThat(e.getAttributeValue("url"))
                  .startsWith("http://localhost:8080/media/")
                  .endsWith("-1800x1200.jpg");
            });
  }

  @Test
  void sectionTagAndAuthorFeedsHoldOnlyTheirArticles() throws Exception {
    var content = TestContent.of(context);
    Section economy = content.section("Ekonomi");
    Section sport = content.section("Olahraga");
    Author writer = content.author("Penulis Ekonomi");
    Author other = content.author("Penulis Lain");
    long inEconomy = content.article(economy, writer).tags("Rupiah Kuat").create();
    long inSport = content.article(sport, other).create();

    SyndFeed sectionFeed = rome(get("/rss/" + economy.slug()));
    assertThat(sectionFeed.getTitle()).isEqualTo(economy.name() + " - Warta Uji");
    assertThat(sectionFeed.getLink()).isEqualTo("http://localhost:8080/" + economy.slug());
    assertThat(ids(sectionFeed)).containsExactly(inEconomy);

    SyndFeed tagFeed = rome(get("/rss/tag/rupiah-kuat"));
    assertThat(ids(tagFeed)).contains(inEconomy).doesNotContain(inSport);

    SyndFeed authorFeed = rome(get("/rss/penulis/" + other.slug()));
    assertThat(authorFeed.getTitle()).isEqualTo(other.name() + " - Warta Uji");
    assertThat(ids(authorFeed)).containsExactly(inSport);
  }

  @Test
  void aFeedHoldsTheLatestFiftyArticles() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Humaniora");
    Author author = content.author("Penulis Rajin");
    Instant start = Instant.parse("2022-01-01T00:00:00Z");
    long oldest = 0;
    for (int i = 0; i < 51; i++) {
      long id = content.article(section, author).publishedAt(start.plusSeconds(60L * i)).create();
      if (i == 0) {
        oldest = id;
      }
    }
    SyndFeed feed = rome(get("/rss/" + section.slug()));
    assertThat(feed.getEntries()).hasSize(50);
    assertThat(ids(feed)).doesNotContain(oldest);
  }

  @Test
  void atomFeedIsReadByRome() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Internasional");
    Author author = content.author("Penulis Atom");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long id = content.article(section, author).publishedAt(now).tags("Dunia").create();

    SyndFeed feed = rome(get("/atom.xml"));

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Warta Uji");
    SyndEntry entry = entry(feed, id);
    assertThat(entry.getPublishedDate()).isEqualTo(Date.from(now));
    assertThat(entry.getUpdatedDate()).isEqualTo(Date.from(now));
    assertThat(entry.getAuthors()).extracting(a -> a.getName()).containsExactly(author.name());
    assertThat(entry.getCategories())
        .extracting(SyndCategory::getLabel)
        .contains(section.name(), "Dunia");
  }

  @Test
  void jsonFeedFollowsVersionOnePointOne() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Weekend");
    Author author = content.author("Penulis Json");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long id = content.article(section, author).publishedAt(now).create();

    MvcResult result = mvc.perform(get("/feed.json")).andExpect(status().isOk()).andReturn();
    assertThat(result.getResponse().getContentType()).startsWith("application/feed+json");
    JsonNode feed =
        JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());

    assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("title").asString()).isEqualTo("Warta Uji");
    assertThat(feed.path("feed_url").asString()).isEqualTo("http://localhost:8080/feed.json");
    JsonNode item = null;
    for (JsonNode i : feed.path("items")) {
      if (i.path("url").asString().startsWith(link(section, id))) {
        item = i;
      }
    }
    assertThat(item).isNotNull();
    assertThat(item.path("id").asString()).isNotBlank();
    assertThat(item.has("content_text") || item.has("content_html")).isTrue();
    assertThat(Instant.parse(item.path("date_published").asString())).isEqualTo(now);
    assertThat(item.path("date_published").asString()).endsWith("+07:00");
    assertThat(item.path("authors").get(0).path("name").asString()).isEqualTo(author.name());
  }

  @Test
  void feedsAnswerNotModifiedToAClientThatHasThem() throws Exception {
    MvcResult first = mvc.perform(get("/rss")).andExpect(status().isOk()).andReturn();
    String etag = first.getResponse().getHeader("ETag");
    assertThat(etag).isNotBlank();
    assertThat(first.getResponse().getHeader("Cache-Control")).contains("public");
    mvc.perform(get("/rss").header("If-None-Match", etag)).andExpect(status().isNotModified());
  }

  @Test
  void feedsOfUnknownSectionsTagsAndAuthorsDoNotExist() throws Exception {
    mvc.perform(get("/rss/tidak-ada-kanal")).andExpect(status().isNotFound());
    mvc.perform(get("/rss/tag/tidak-ada-topik")).andExpect(status().isNotFound());
    mvc.perform(get("/rss/penulis/tidak-ada-penulis")).andExpect(status().isNotFound());
  }

  private SyndFeed rome(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    byte[] body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(body)));
  }

  private static SyndEntry entry(SyndFeed feed, long id) {
    return feed.getEntries().stream()
        .filter(e -> e.getLink().contains("/" + id + "/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for article " + id));
  }

  static List<Long> ids(SyndFeed feed) {
    return feed.getEntries().stream()
        .map(
            e ->
                Long.parseLong(
                    e.getLink().replaceAll("^http://localhost:8080/[a-z0-9-]+/(\\d+)/.*$", "$1")))
        .toList();
  }

  static String link(Section section, long id) {
    return "http://localhost:8080/" + section.slug() + "/" + id + "/";
  }
}
