package id.warta.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDecodingTest {
  static final String TITLE = "<title>Café “Kopi” – Rp5.000</title>";

  @Test
  void trustsTheDeclarationWhenTheBytesAgree() {
    byte[] utf8 =
        ("<?xml version='1.0' encoding='utf-8'?>" + TITLE).getBytes(StandardCharsets.UTF_8);
    assertThat(FeedDecoding.decode(utf8, "text/xml; charset=ISO-8859-1")).endsWith(TITLE);

    String cyrillic = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><title>Новости</title>";
    assertThat(FeedDecoding.decode(cyrillic.getBytes(Charset.forName("windows-1251")), null))
        .endsWith("<title>Новости</title>");
  }

  @Test
  void usesTheHttpCharsetWhenTheXmlDoesNotSay() {
    byte[] latin = ("<rss>" + TITLE + "</rss>").getBytes(Charset.forName("windows-1252"));
    assertThat(FeedDecoding.decode(latin, "application/rss+xml; charset=\"windows-1252\""))
        .contains(TITLE);
  }

  @Test
  void correctsLabelsThatLie() {
    byte[] latinSaidUtf8 =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + TITLE)
            .getBytes(Charset.forName("windows-1252"));
    assertThat(FeedDecoding.decode(latinSaidUtf8, "text/xml; charset=utf-8")).endsWith(TITLE);

    byte[] utf8SaidLatin =
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + TITLE)
            .getBytes(StandardCharsets.UTF_8);
    assertThat(FeedDecoding.decode(utf8SaidLatin, null)).endsWith(TITLE);

    byte[] noLabel = ("<rss>" + TITLE + "</rss>").getBytes(Charset.forName("windows-1252"));
    assertThat(FeedDecoding.decode(noLabel, "application/xml")).contains(TITLE);
  }

  @Test
  void followsAByteOrderMarkAndDropsCharactersXmlForbids() {
    byte[] text = ("<rss>" + TITLE + "</rss>").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    assertThat(FeedDecoding.decode(withBom, "text/xml; charset=utf-8"))
        .isEqualTo("<rss>" + TITLE + "</rss>");

    byte[] control =
        "<title>Ada\u0000 karakter\u0008 liar\u000B</title>".getBytes(StandardCharsets.UTF_8);
    assertThat(FeedDecoding.decode(control, null)).isEqualTo("<title>Ada karakter liar</title>");
  }
}
