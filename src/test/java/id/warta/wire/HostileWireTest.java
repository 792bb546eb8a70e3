package id.warta.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile deliveries: refused with a reason the desk can read, nothing read from the
 * disk or the network, memory and time bounded; within a message the good items still go in.
 */
class HostileWireTest {
  static final int MAX = 100_000;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static final String NAR = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";

  static String item(String guid, String headline, String body) {
    return "<newsItem "
        + NAR
        + " guid=\""
        + guid
        + "\" version=\"1\"><itemMeta><itemClass"
        + " qcode=\"ninat:text\"/><versionCreated>2026-12-01T08:00:00Z</versionCreated><pubStatus"
        + " qcode=\"stat:usable\"/></itemMeta><contentMeta><headline>"
        + headline
        + "</headline></contentMeta><contentSet><inlineXML"
        + " contenttype=\"application/xhtml+xml\"><html"
        + " xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
        + body
        + "</body></html></inlineXML></contentSet></newsItem>";
  }

  @Test
  void externalEntitiesAreRefusedAndNothingIsRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "RAHASIA");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE newsItem [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + item("urn:x:1", "&x;", "<p>&x;</p>");
    assertThatThrownBy(() -> NewsmlParser.parse(utf8(xxe), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessage("XML memakai DOCTYPE (entitas XML), yang ditolak demi keamanan.");
  }

  @Test
  void billionLaughsIsRefusedAtOnce() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb = "<?xml version=\"1.0\"?>" + dtd + item("urn:x:2", "&lol9;", "<p>&lol9;</p>");
    long start = System.nanoTime();
    assertThatThrownBy(() -> NewsmlParser.parse(utf8(bomb), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageContaining("DOCTYPE");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void rssWithADoctypeIsRefusedToo() {
    String rss =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss"
            + " version=\"2.0\"><channel><title>t</title><item><title>&x;</title><link>https://a.example/1</link></item></channel></rss>";
    assertThatThrownBy(() -> RssParser.parse(rss, MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void deepNestingIsRefused() {
    String deep =
        "<newsItem "
            + NAR
            + " guid=\"urn:x:3\">"
            + "<a>".repeat(5000)
            + "</a>".repeat(5000)
            + "</newsItem>";
    assertThatThrownBy(() -> NewsmlParser.parse(utf8(deep), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageContaining("terlalu dalam");
    String json = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> NinjsParser.parse(utf8(json), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageContaining("terlalu dalam");
  }

  @Test
  void truncatedXmlAndJsonAreRefusedWithWhere() {
    String cut = item("urn:x:4", "Judul", "<p>isi</p>");
    assertThatThrownBy(() -> NewsmlParser.parse(utf8(cut.substring(0, cut.length() / 2)), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageStartingWith("Bukan XML yang utuh");
    assertThatThrownBy(() -> NinjsParser.parse(utf8("{\"uri\": \"x\", \"headlines\": ["), MAX))
        .isInstanceOf(WireParseException.class)
        .hasMessageStartingWith("Bukan JSON yang utuh");
  }

  @Test
  void inAMessageAnOversizedItemAndAHeadlessOneAreErrorsAndTheGoodOneGoesIn() throws Exception {
    String message =
        "<newsMessage "
            + NAR
            + "><header><priority>2</priority></header><itemSet>"
            + item("urn:x:big", "Besar", "<p>" + "x".repeat(MAX + 1) + "</p>")
            + item("urn:x:nohead", "", "<p>isi</p>")
            + item(
                "urn:x:good",
                "Berita baik",
                "<p onclick=\"alert(1)\">Isi <script>alert(1)</script>baik</p><img"
                    + " src=\"https://evil.example/t.gif\"/>")
            + "</itemSet></newsMessage>";
    List<ParsedItem> items = NewsmlParser.parse(utf8(message), MAX);
    assertThat(items).hasSize(3);
    assertThat(items.get(0).error()).startsWith("Isi berita terlalu besar");
    assertThat(items.get(1).error()).isEqualTo("Berita tanpa judul (headline).");
    ParsedItem good = items.get(2);
    assertThat(good.failed()).isFalse();
    assertThat(good.priority()).isEqualTo(2);
    assertThat(good.bodyHtml()).isEqualTo("<p>Isi baik</p>");
  }
}
