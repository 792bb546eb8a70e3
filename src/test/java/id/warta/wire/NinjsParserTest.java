package id.warta.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IPTC's ninjs 3.1 examples, as published, and a ninjs 2.x item, read into what the desk sees.
 */
class NinjsParserTest {
  static final int MAX = 1_000_000;
  static final JsonMapper JSON = JsonMapper.builder().build();

  static ParsedItem parse(String name) throws WireParseException {
    List<ParsedItem> items = NinjsParser.parse(WireSamples.bytes(WireSamples.ninjs(name)), MAX);
    assertThat(items).hasSize(1);
    return items.getFirst();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3.1-003_associations_example.json",
        "3.1-004_simple_text_article.json",
        "3.1-005_complex_text_article.json",
        "3.1-006_photo_only.json",
        "3.1-007_multimedia.json"
      })
  void theExamplesAreValidNinjs31(String name) {
    JsonNode schemaNode =
        JSON.readTree(WireSamples.bytes(WireSamples.ninjs("ninjs-schema_3.1.json")));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
    var errors = schema.validate(JSON.readTree(WireSamples.bytes(WireSamples.ninjs(name))));
    assertThat(errors).isEmpty();
  }

  @Test
  void aSimpleTextArticleTakesItsXhtmlBody() throws Exception {
    ParsedItem item = parse("3.1-004_simple_text_article.json");
    assertThat(item.guid()).isEqualTo("http://ninjs.example.com/newsitems/20130709simp123");
    assertThat(item.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
    assertThat(item.bodyHtml())
        .startsWith("<p>GROSSETO, Italy (AP) -- The trial of the captain")
        .contains("</p><p>The sole defendant, Francesco Schettino");
    assertThat(item.lead()).startsWith("GROSSETO, Italy (AP) -- The trial of the captain");
    assertThat(item.byline()).isEqualTo("Paulo Santalucia and Frances d'Emilio");
    assertThat(item.credit()).isEmpty(); // the source's agency is the credit
    assertThat(item.photos()).isEmpty();
  }

  @Test
  void aComplexArticleHasItsDateline() throws Exception {
    ParsedItem item = parse("3.1-005_complex_text_article.json");
    assertThat(item.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
    assertThat(item.dateline()).isEqualTo("Grossetto, Italy");
    assertThat(item.bodyHtml()).startsWith("<p>GROSSETO, Italy (AP)");
  }

  @Test
  void aPhotoOnlyItemIsItsLargestRendition() throws Exception {
    ParsedItem item = parse("3.1-006_photo_only.json");
    assertThat(item.headline()).isEqualTo("Costa Concordia cruise ship");
    assertThat(item.photos())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.href())
                  .isEqualTo(
                      "http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg");
              assertThat(p.caption())
                  .startsWith("The Costa Concordia cruise ship lies on its side");
              assertThat(p.credit()).isEqualTo("Paulo Santalucia");
            });
  }

  @Test
  void multimediaBringsItsAssociatedPhotos() throws Exception {
    ParsedItem item = parse("3.1-007_multimedia.json");
    assertThat(item.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
    assertThat(item.bodyHtml()).startsWith("<p>GROSSETO, Italy (AP)");
    assertThat(item.photos())
        .extracting(ParsedItem.Photo::href)
        .containsExactly(
            "http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg",
            "http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904xyz000-big.jpg");
    assertThat(item.photos().get(1).caption())
        .isEqualTo(
            "Francesco Schettino the captain of the Costa Concordia cruise ship at court in"
                + " Grossetto, Italy, on 9 July 2013");
  }

  @Test
  void associationsWithoutRenditionsBringNoPhoto() throws Exception {
    ParsedItem item = parse("3.1-003_associations_example.json");
    assertThat(item.headline()).startsWith("Dell Redefines Workstation Computing Boundaries");
    assertThat(item.version()).isEqualTo(1);
    assertThat(item.photos()).isEmpty();
  }

  @Test
  void ninjs2ItemsAreReadToo() throws Exception {
    String json =
        """
        [{"uri": "urn:antara:2026:1", "version": "3", "type": "text", "pubstatus": "withdrawn",
          "urgency": 2, "headline": "Gempa di Cianjur", "byline": "Budi",
          "located": "Cianjur", "body_html": "<p>Gempa <script>alert(1)</script>mengguncang.</p>",
          "associations": {"foto": {"type": "picture", "headline": "Puing",
             "renditions": {"baseImage": {"href": "https://antara.example/p.jpg", "width": 800, "mimetype": "image/jpeg"}}}}},
         {"uri": "urn:antara:2026:2", "body_text": "tanpa judul"}]
        """;
    List<ParsedItem> items = NinjsParser.parse(json.getBytes(StandardCharsets.UTF_8), MAX);
    ParsedItem first = items.getFirst();
    assertThat(first.version()).isEqualTo(3);
    assertThat(first.pubStatus()).isEqualTo(ParsedItem.WITHDRAWN);
    assertThat(first.urgency()).isEqualTo(2);
    assertThat(first.bodyHtml()).isEqualTo("<p>Gempa mengguncang.</p>");
    assertThat(first.dateline()).isEqualTo("Cianjur");
    assertThat(first.photos())
        .extracting(ParsedItem.Photo::href)
        .containsExactly("https://antara.example/p.jpg");
    assertThat(items.get(1).error()).isEqualTo("Berita tanpa judul (headline).");
  }
}
