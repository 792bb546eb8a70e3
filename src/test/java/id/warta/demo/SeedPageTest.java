package id.warta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.section.SectionRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports the seed page (../shared/spec/seed-page.txt) and checks that the rendered article page
 * holds every part of the seed's article, in the seed's order, word for word.
 */
@WartaTest
@TestPropertySource(properties = "warta.site.name=Mediaindonesia.com")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPageTest {
  static final Path SEED = Path.of("..", "shared", "spec", "seed-page.txt");

  @Autowired PageImporter importer;
  @Autowired ArticleRepository articles;
  @Autowired SectionRepository sections;
  @Autowired MockMvc mvc;
  @Autowired org.springframework.context.ApplicationContext context;

  String seed;
  long articleId;

  @BeforeAll
  void importSeed() throws Exception {
    seed = Files.readString(seedFile(), StandardCharsets.UTF_8);
    // The article the seed links inline ("Baca Juga: ...") exists before the import, as in the
    // demo.
    var content = id.warta.article.TestContent.of(context);
    var section = content.section("Dunia");
    content
        .article(section, content.author("Redaksi"))
        .title("Portugal Khawatirkan Gelombang Keempat Covid-19")
        .create();
    articleId = importer.importPage(seed).articleId();
  }

  static Path seedFile() {
    // The repository's copy is the same text, for machines where shared/ is not beside it.
    return Files.exists(SEED) ? SEED : Path.of("src", "main", "resources", "demo", "seed-page.txt");
  }

  @Test
  void theRenderedArticleHoldsTheSeedsArticlePartsInOrderWordForWord() throws Exception {
    String page = render();
    List<String> parts = articleParts(seed);
    assertThat(parts).hasSizeGreaterThan(25);

    String text = readerText(Jsoup.parse(page).selectFirst("article.story"));
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertThat(at)
          .withFailMessage(
              "Seed part not found in order:%n  %s%nafter: ...%s",
              part, text.substring(Math.max(0, from - 80), from))
          .isGreaterThanOrEqualTo(0);
      from = at + part.length();
    }
  }

  @Test
  void theLeadInIsTheFirstWordInCapitalsAndTheAttributionClosesTheBody() throws Exception {
    Document doc = Jsoup.parse(render());
    assertThat(doc.selectFirst(".body p .lead-in").text()).isEqualTo("KEPALA");
    assertThat(doc.select(".body p").last().text()).endsWith("dengan junta. (Malay Mail/OL-13)");
    assertThat(doc.selectFirst(".read-also a").text())
        .isEqualTo("Portugal Khawatirkan Gelombang Keempat Covid-19");
  }

  @Test
  void theBylineLinksTheAuthorAndTheSection() throws Exception {
    Document doc = Jsoup.parse(render());
    var links = doc.select(".byline a");
    assertThat(links).extracting(Element::text).containsExactly("Nur Aivanni", "Internasional");
    assertThat(links.get(0).attr("href")).isEqualTo("/penulis/nur-aivanni");
    assertThat(links.get(1).attr("href")).isEqualTo("/internasional");
    assertThat(doc.selectFirst(".byline").text()).isEqualTo("Nur Aivanni | Internasional");
  }

  @Test
  void importingTheSamePageAgainChangesNothing() {
    var again = importer.importPage(seed);
    assertThat(again.created()).isFalse();
    assertThat(again.articleId()).isEqualTo(articleId);
    assertThat(articles.findIdsByTitle("Junta Myanmar Berterima Kasih Atas Dukungan Rusia"))
        .hasSize(1);
  }

  private String render() throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/internasional/"
                    + articleId
                    + "/junta-myanmar-berterima-kasih-atas-dukungan-rusia"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /**
   * The seed's article, from its date line to the end of its "Baca Juga" list, one part per line,
   * white space normalised. The repeated headline stands where the lead photo is: a crawler keeps
   * an image as its alt text.
   */
  static List<String> articleParts(String seed) {
    List<String> parts = new ArrayList<>();
    for (String line : seed.split("\\R")) {
      String part = normalize(line);
      if (part.startsWith("E-Paper")) {
        break;
      }
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** What a text browser shows: the text, with images as their alt text. */
  static String readerText(Element root) {
    StringBuilder out = new StringBuilder();
    collect(root, out);
    return normalize(out.toString());
  }

  private static void collect(Node node, StringBuilder out) {
    if (node instanceof TextNode t) {
      out.append(t.getWholeText());
    } else if (node instanceof Element e) {
      if (e.nameIs("img")) {
        out.append(' ').append(e.attr("alt")).append(' ');
        return;
      }
      boolean block = e.isBlock() || e.nameIs("figcaption");
      if (block) {
        out.append(' ');
      }
      for (Node child : e.childNodes()) {
        collect(child, out);
      }
      if (block) {
        out.append(' ');
      }
    }
  }

  static String normalize(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
