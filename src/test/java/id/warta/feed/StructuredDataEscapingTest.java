package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.HostileHtml;
import id.warta.author.Author;
import id.warta.platform.SiteProperties;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD holding what the newsroom typed (headline, description, author, section, tags, live
 * updates) stays one inert script element whatever was typed, and reads back as typed.
 */
class StructuredDataEscapingTest {
  static final SiteProperties SITE =
      new SiteProperties("Warta Uji", ZoneId.of("Asia/Jakarta"), URI.create("http://localhost"));
  static final StructuredData STRUCTURED_DATA = TestStructuredData.of(SITE);
  static final JsonMapper JSON = JsonMapper.builder().build();

  static List<String> corpus() {
    return HostileHtml.corpus();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void aNewsArticleKeepsWhatWasTypedAndCannotCloseItsScript(String typed) {
    var article =
        new StructuredData.Article(
            "/nasional/1/judul",
            typed,
            typed,
            Instant.EPOCH,
            Instant.EPOCH,
            List.of(new Author(1, "penulis", typed, "")),
            typed,
            List.of(typed),
            null);

    JsonNode doc = embedded(STRUCTURED_DATA.newsArticle(article));

    assertThat(doc.path("headline").asString()).isEqualTo(typed);
    assertThat(doc.path("description").asString()).isEqualTo(typed);
    assertThat(doc.path("author").get(0).path("name").asString()).isEqualTo(typed);
    assertThat(doc.path("articleSection").asString()).isEqualTo(typed);
    assertThat(doc.path("keywords").get(0).asString()).isEqualTo(typed);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void liveUpdatesAndBreadcrumbsKeepWhatWasTypedAndCannotCloseTheirScript(String typed) {
    var article =
        new StructuredData.Article(
            "/nasional/1/judul",
            typed,
            "",
            Instant.EPOCH,
            Instant.EPOCH,
            List.of(),
            "Nasional",
            List.of(),
            null);
    var coverage =
        new StructuredData.LiveCoverage(
            Instant.EPOCH,
            null,
            List.of(new StructuredData.LiveUpdate("pembaruan-1", typed, typed, Instant.EPOCH)));

    JsonNode live = embedded(STRUCTURED_DATA.liveBlogPosting(article, coverage));
    JsonNode trail =
        embedded(
            STRUCTURED_DATA.breadcrumbs(
                List.of(
                    new StructuredData.Crumb(typed, "/"), new StructuredData.Crumb(typed, "/x"))));

    assertThat(live.path("liveBlogUpdate").get(0).path("headline").asString()).isEqualTo(typed);
    assertThat(live.path("liveBlogUpdate").get(0).path("articleBody").asString()).isEqualTo(typed);
    assertThat(trail.path("itemListElement").get(1).path("name").asString()).isEqualTo(typed);
  }

  /**
   * The JSON as a browser finds it in the page: the text of the one script element it is placed in,
   * which must hold all of it.
   */
  private static JsonNode embedded(String json) {
    assertThat(json).doesNotContain("<");
    Document page =
        Jsoup.parse(
            "<html><head><script type=\"application/ld+json\">"
                + json
                + "</script></head><body><p>isi</p></body></html>");
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).isEqualTo(json);
    assertThat(page.select("body > *")).hasSize(1);
    return JSON.readTree(page.selectFirst("script").data());
  }
}
