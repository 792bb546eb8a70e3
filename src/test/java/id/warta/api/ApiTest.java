package id.warta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.feed.Standards;
import id.warta.section.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public JSON API as a client program uses it. */
@WartaTest
class ApiTest {
  static final String BASE = "http://localhost:8080";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void articlesComeInStablePagesWithTheirTotalAndLinks() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Ekonomi");
    Author author = content.author("Penulis Api");
    List<Long> created = new ArrayList<>();
    Instant same = Instant.parse("2023-05-01T01:00:00Z");
    for (int i = 0; i < 5; i++) {
      // Three share one publication time: the order must still be stable across pages.
      created.add(
          content
              .article(section, author)
              .publishedAt(i < 3 ? same : same.plusSeconds(60L * i))
              .create());
    }
    List<Long> seen = new ArrayList<>();
    String next = "/api/articles?section=" + section.slug() + "&size=2";
    int pages = 0;
    while (next != null) {
      JsonNode page = json(get(next));
      assertThat(page.path("total").asLong()).isEqualTo(5);
      assertThat(page.path("size").asInt()).isEqualTo(2);
      assertThat(page.path("totalPages").asInt()).isEqualTo(3);
      page.path("items").forEach(i -> seen.add(i.path("id").asLong()));
      next =
          page.path("links").has("next")
              ? page.path("links").path("next").asString().substring(BASE.length())
              : null;
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    assertThat(seen.subList(0, 2)).containsExactly(created.get(4), created.get(3));
  }

  @Test
  void anArticleCarriesItsBodyAuthorsTagsImageRenditionsAndNinjs() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Internasional");
    Author author = content.author("Nur Aivanni");
    var image = content.image("AFP", "Kepala junta Myanmar.", "Jenderal berseragam");
    long id =
        content
            .article(section, author)
            .title(TestContent.unique("Junta Myanmar Berterima Kasih"))
            .lead("Junta berterima kasih.")
            .image(image)
            .tags("Myanmar")
            .source("Malay Mail", "OL-13")
            .publishedAt(Instant.parse("2021-06-23T05:15:00Z"))
            .create();

    JsonNode article = json(get("/api/articles/" + id));
    assertThat(article.path("url").asString())
        .startsWith(BASE + "/" + section.slug() + "/" + id + "/");
    assertThat(article.path("published").asString()).isEqualTo("2021-06-23T12:15:00+07:00");
    assertThat(article.path("bodyHtml").asString()).contains("(Malay Mail/OL-13)");
    assertThat(article.path("authors").get(0).path("name").asString()).isEqualTo(author.name());
    assertThat(article.path("section").path("slug").asString()).isEqualTo(section.slug());
    assertThat(article.path("tags").get(0).path("slug").asString()).isEqualTo("myanmar");
    assertThat(
            article
                .path("image")
                .path("renditions")
                .valueStream()
                .map(r -> r.path("name").asString()))
        .contains("large", "16x9", "4x3", "1x1");

    String ninjs = body(get("/api/articles/" + id + "/ninjs"));
    assertThat(Standards.jsonSchemaErrors("/schemas/ninjs-schema_2.1.json", ninjs)).isEmpty();
    JsonNode item = JSON.readTree(ninjs);
    assertThat(item.path("uri").asString()).isEqualTo(article.path("url").asString());
    assertThat(item.path("headlines").get(0).path("value").asString())
        .isEqualTo(article.path("title").asString());
    assertThat(item.path("language").asString()).isEqualTo("id");
    assertThat(item.path("by").asString()).isEqualTo(author.name());
    assertThat(item.path("associations").get(0).path("type").asString()).isEqualTo("picture");

    long plain = content.article(section, author).create();
    assertThat(
            Standards.jsonSchemaErrors(
                "/schemas/ninjs-schema_2.1.json", body(get("/api/articles/" + plain + "/ninjs"))))
        .isEmpty();
  }

  @Test
  void answersCarryValidatorsAndAnswerNotModified() throws Exception {
    var content = TestContent.of(context);
    long id =
        content.article(content.section("Humaniora"), content.author("Penulis Cache")).create();
    for (String path :
        List.of("/api/articles", "/api/articles/" + id, "/api/sections", "/api/openapi.json")) {
      MockHttpServletResponse first =
          mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
      String etag = first.getHeader("ETag");
      assertThat(etag).as(path).isNotBlank();
      assertThat(first.getHeader("Cache-Control")).as(path).contains("public");
      mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }
    MockHttpServletResponse article =
        mvc.perform(get("/api/articles/" + id)).andReturn().getResponse();
    String lastModified = article.getHeader("Last-Modified");
    assertThat(lastModified).isNotBlank();
    mvc.perform(get("/api/articles/" + id).header("If-Modified-Since", lastModified))
        .andExpect(status().isNotModified());
  }

  @Test
  void errorsAreProblemDocumentsInIndonesian() throws Exception {
    JsonNode notFound = problem(get("/api/articles/999999999"), 404);
    assertThat(notFound.path("title").asString()).isEqualTo("Sumber tidak ditemukan");
    assertThat(notFound.path("detail").asString()).isEqualTo("Artikel 999999999 tidak ditemukan.");
    assertThat(notFound.path("type").asString()).isEqualTo(BASE + "/api#galat-404");
    assertThat(notFound.path("instance").asString()).isEqualTo("/api/articles/999999999");

    // Not an id is no resource at that address; Spring's own conversion would read 0x1F as 31.
    for (String notAnId : new String[] {"abc", "0x1F", "-5", "+5", "1234567890123456789"}) {
      assertThat(problem(get("/api/articles/" + notAnId), 404).path("detail").asString())
          .as(notAnId)
          .isEqualTo("Tidak ada sumber di alamat ini: '" + notAnId + "' bukan id yang valid.");
    }
    assertThat(problem(get("/api/articles?page=abc"), 400).path("detail").asString())
        .isEqualTo("Nomor halaman tidak valid.");
    assertThat(problem(get("/api/articles?page=-1"), 400).path("title").asString())
        .isEqualTo("Permintaan tidak valid");
    assertThat(problem(get("/api/articles?size=1000"), 400).path("detail").asString())
        .contains("Ukuran halaman");
    assertThat(problem(get("/api/articles?page=99999"), 404).path("detail").asString())
        .contains("Halaman 99999");
    assertThat(problem(get("/api/articles?section=tidak-ada"), 404).path("detail").asString())
        .contains("Kanal");
    assertThat(problem(get("/api/tidak-ada"), 404).path("title").asString())
        .isEqualTo("Sumber tidak ditemukan");
    assertThat(problem(get("/api/sections/tidak-ada"), 404).path("detail").asString())
        .isEqualTo("Kanal tidak ditemukan.");
    assertThat(problem(post("/api/articles"), 405).path("title").asString())
        .isEqualTo("Metode tidak diizinkan");
  }

  @Test
  void everyPathOfTheOpenApiDocumentAnswersAndThePageShowsThem() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Olahraga");
    Author author = content.author("Penulis Dok");
    long id = content.article(section, author).tags("Atletik").create();

    JsonNode doc = json(get("/api/openapi.json"));
    assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
    assertThat(doc.path("servers").get(0).path("url").asString()).isEqualTo(BASE + "/");
    Map<String, String> samples = Map.of("{id}", String.valueOf(id), "{slug}", "");
    String docsPage = body(get("/api"));
    var page = Jsoup.parse(docsPage);
    for (var path : doc.path("paths").propertyNames()) {
      String concrete =
          path.replace("{id}", samples.get("{id}"))
              .replace("/sections/{slug}", "/sections/" + section.slug())
              .replace("/authors/{slug}", "/authors/" + author.slug())
              .replace("/tags/{slug}", "/tags/atletik");
      MockHttpServletResponse response = mvc.perform(get(concrete)).andReturn().getResponse();
      assertThat(response.getStatus()).as(concrete).isEqualTo(200);
      assertThat(response.getContentType()).as(concrete).startsWith("application/json");
      assertThat(page.text()).as("the page shows " + path).contains("GET " + path);
    }
  }

  private JsonNode json(RequestBuilder request) throws Exception {
    return JSON.readTree(body(request));
  }

  private String body(RequestBuilder request) throws Exception {
    var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }

  private JsonNode problem(RequestBuilder request, int status) throws Exception {
    var response = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    JsonNode problem = JSON.readTree(response.getContentAsString());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    return problem;
  }
}
