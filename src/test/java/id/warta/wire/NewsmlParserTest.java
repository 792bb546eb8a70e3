package id.warta.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** The IPTC's NewsML-G2 examples, as published, read into what the desk sees. */
class NewsmlParserTest {
  static final int MAX = 1_000_000;
  static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    // the schema imports xml.xsd from beside it, nothing from the network
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    schema = factory.newSchema(WireSamples.newsml("NewsML-G2_2.35-spec-All-Power.xsd").toFile());
  }

  static List<ParsedItem> parse(String name) throws WireParseException {
    return NewsmlParser.parse(WireSamples.bytes(WireSamples.newsml(name)), MAX);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LISTING_1_A_NewsML-G2_News_Item.xml", "LISTING_2_NewsML-G2_Text_Document.xml",
        "LISTING_3_Photo_in_NewsML-G2.xml", "LISTING_6_Simple_NewsML-G2_Package.xml"
      })
  void examplesThatNameTheSchemaAreValidAgainstIt(String name) throws Exception {
    String xml = new String(WireSamples.bytes(WireSamples.newsml(name)), StandardCharsets.UTF_8);
    assertThat(xml).contains("xsi:schemaLocation").contains("NewsML-G2_2.");
    // parsed by the same hardened parser the ingest uses, then validated
    schema
        .newValidator()
        .validate(new DOMSource(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void aNewsItemWithAnEmptyNitfBody() throws Exception {
    ParsedItem item = parse("LISTING_1_A_NewsML-G2_News_Item.xml").getFirst();
    assertThat(item.failed()).isFalse();
    assertThat(item.guid()).isEqualTo("urn:newsml:acmenews.com:20161018:US-FINANCE-FED");
    assertThat(item.version()).isEqualTo(11);
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2018-10-21T21:25:32Z"));
    assertThat(item.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
    assertThat(item.bodyHtml()).isEmpty();
    assertThat(item.credit()).isEqualTo("Example Enews LLP");
    assertThat(item.byline()).isEqualTo("Meredith Jameson");
    assertThat(item.dateline()).isEqualTo("Berlin");
    assertThat(item.pubStatus()).isEqualTo(ParsedItem.USABLE);
  }

  @Test
  void aTextItemWithAnNitfArticle() throws Exception {
    ParsedItem item = parse("LISTING_2_NewsML-G2_Text_Document.xml").getFirst();
    assertThat(item.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
    assertThat(item.bodyHtml())
        .startsWith("<p>(New York, NY - October 21) Et, sent luptat luptat")
        .contains("</p><p>Ugiating ea feugait")
        .doesNotContain("hl1")
        .doesNotContain("Staff Reporter");
    assertThat(item.lead()).startsWith("(New York, NY - October 21) Et, sent luptat");
    assertThat(item.credit()).isEqualTo("Acme News and Media LLC");
    assertThat(item.byline()).isEqualTo("Meredith Jameson");
    assertThat(item.dateline()).isEqualTo("New York, NY");
    assertThat(item.photos()).isEmpty();
  }

  @Test
  void aPhotoWithItsLargestRenditionCaptionAndCredit() throws Exception {
    ParsedItem item = parse("LISTING_3_Photo_in_NewsML-G2.xml").getFirst();
    assertThat(item.guid()).isEqualTo("tag:gettyimages.com,2010:GYI0062134533");
    assertThat(item.headline())
        .isEqualTo("Variety Of Recessionary Forces Leave Las Vegas Economy Scarred");
    assertThat(item.credit()).isEqualTo("Getty Images");
    assertThat(item.photos())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.href()).isEqualTo("./GYI0062134533.jpg");
              assertThat(p.credit()).isEqualTo("Getty Images");
              assertThat(p.caption())
                  .startsWith("A general view of part of downtown, including Las Vegas Boulevard");
            });
    assertThat(item.bodyHtml()).startsWith("<p>A general view of part of downtown");
  }

  @Test
  void aPackageListsWhatItGroups() throws Exception {
    ParsedItem item = parse("LISTING_6_Simple_NewsML-G2_Package.xml").getFirst();
    assertThat(item.headline()).isEqualTo("UK");
    assertThat(item.bodyHtml())
        .contains("<h3>Obama annonce son équipe</h3>")
        .contains("<h3>Barack Obama arrive à Washington</h3>");
    assertThat(item.credit()).isEqualTo("AcmeNews");
  }

  @Test
  void aNewsMessageGivesEachItemItsOwnResultAndTheHeadersPriority() throws Exception {
    List<ParsedItem> items = parse("LISTING_24_News_Message_conveying_a_complete_News_Package.xml");
    // the example's items are placeholders ("....."): each is reported, none stops the others
    assertThat(items).hasSize(5).allMatch(ParsedItem::failed);
    assertThat(items).extracting(ParsedItem::guid).contains("N1", "N2", "N3", "N4");
    assertThat(items.get(1).error()).isEqualTo("Berita tanpa judul (headline).");
  }

  @Test
  void anNitfContentSetGivesHeadlineAbstractBodyAndByline() throws Exception {
    Element contentSet =
        SecureXml.parse(
                WireSamples.bytes(
                    WireSamples.newsml(
                        "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml")))
            .getDocumentElement();
    var body = NewsmlParser.body(contentSet);
    assertThat(body.headline())
        .isEqualTo("Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.");
    assertThat(body.lead()).startsWith("A pair of teams coming off big weekend sweeps");
    assertThat(body.html()).startsWith("<p>(Sports Network) - With the Philadelphia Phillies");
    assertThat(body.byline()).isEqualTo("Sports Network");
  }

  @Test
  void aContentMetaGivesTheDateline() throws Exception {
    Element contentMeta =
        SecureXml.parse(
                WireSamples.bytes(
                    WireSamples.newsml("LISTING_28_Illustrating_Located_Subject_and_Dateline.xml")))
            .getDocumentElement();
    var meta = NewsmlParser.meta(contentMeta);
    assertThat(meta.dateline()).isEqualTo("MOSCOW, Monday (Reuters)");
    assertThat(meta.byline()).isEqualTo("Thomson Reuters");
  }

  @Test
  void anUpdateAndAWithdrawalAreReadAsSuch() throws Exception {
    String xml =
        new String(
                WireSamples.bytes(WireSamples.newsml("LISTING_2_NewsML-G2_Text_Document.xml")),
                StandardCharsets.UTF_8)
            .replace("version=\"11\"", "version=\"12\"")
            .replace("stat:usable", "stat:withdrawn");
    ParsedItem item = NewsmlParser.parse(xml.getBytes(StandardCharsets.UTF_8), MAX).getFirst();
    assertThat(item.version()).isEqualTo(12);
    assertThat(item.pubStatus()).isEqualTo(ParsedItem.WITHDRAWN);
  }

  @Test
  void notNewsmlIsRefusedWithAReason() {
    assertThatThrownBy(() -> NewsmlParser.parse("<rss version=\"2.0\"/>".getBytes(), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageContaining("Bukan NewsML-G2");
  }
}
