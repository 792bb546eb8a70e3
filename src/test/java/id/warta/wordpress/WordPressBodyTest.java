package id.warta.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Caption and credit of every image come from its [caption] or figcaption; embeds from lone links.
 */
class WordPressBodyTest {
  private final List<WordPressBody.Image> placed = new ArrayList<>();

  private WordPressBody.Converted convert(String raw) {
    return WordPressBody.convert(
        raw,
        image -> {
          placed.add(image);
          return "/media/abc-1200x800.jpg";
        },
        id ->
            id == 7
                ? new WordPressBody.Attachment(
                    "http://x.test/wp-content/uploads/a.jpg", "Pasar pagi (Dok/Ant)", "Pasar")
                : null);
  }

  @Test
  void aCaptionShortcodeGivesTheImageItsCaptionAndCredit() {
    var body =
        convert(
            "[caption id=\"attachment_5\" width=\"600\"]<a"
                + " href=\"http://x.test/wp-content/uploads/b.jpg\"><img"
                + " src=\"http://x.test/wp-content/uploads/b-300x200.jpg\" alt=\"Layar\" /></a>"
                + " Layar saham di Jakarta. (ANTARA/Foto)[/caption]\n\n"
                + "Teks.");
    assertThat(placed)
        .containsExactly(
            new WordPressBody.Image(
                "http://x.test/wp-content/uploads/b-300x200.jpg",
                "Layar",
                "Layar saham di Jakarta.",
                "ANTARA/Foto"));
    assertThat(body.html())
        .contains(
            "<figure><img src=\"/media/abc-1200x800.jpg\" alt=\"Layar\"><figcaption>Layar saham di"
                + " Jakarta. (ANTARA/Foto)</figcaption></figure>");
    assertThat(body.html()).contains("<p>Teks.</p>").doesNotContain("<a ");
  }

  @Test
  void aFigcaptionAndAGalleryDoTheSame() {
    convert(
        "<figure class=\"wp-block-image\"><img src=\"http://x.test/wp-content/uploads/c.jpg\""
            + " alt=\"\"/><figcaption>Warga. (MI/Ramdani)</figcaption></figure>\n\n"
            + "[gallery ids=\"7,99\"]");
    assertThat(placed)
        .extracting(WordPressBody.Image::caption, WordPressBody.Image::credit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Warga.", "MI/Ramdani"),
            org.assertj.core.groups.Tuple.tuple("Pasar pagi", "Dok/Ant"));
  }

  @Test
  void aYouTubeOrXLinkAloneOnALineIsAnEmbedAndALinkInTextIsNot() {
    String html =
        convert(
                "Lihat:\n\n"
                    + "https://youtu.be/dQw4w9WgXcQ\n\n"
                    + "https://x.com/warta/status/12345\n\n"
                    + "Baca https://www.youtube.com/watch?v=dQw4w9WgXcQ di sini.")
            .html();
    assertThat(html).contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"");
    assertThat(html)
        .contains(
            "<blockquote><p>Unggahan @warta di X: <a href=\"https://x.com/warta/status/12345\">");
    assertThat(html).contains("<p>Baca https://www.youtube.com/watch?v=dQw4w9WgXcQ di sini.</p>");
  }

  @Test
  void blockCommentsAndMoreGoAndTheClosingAttributionIsTakenOut() {
    var body =
        convert(
            "<!-- wp:paragraph -->\n"
                + "<p>Satu.</p>\n"
                + "<!-- /wp:paragraph -->\n\n"
                + "<!--more-->\n\n"
                + "Dua.\n\n"
                + "(Malay Mail/OL-13)");
    assertThat(org.jsoup.Jsoup.parseBodyFragment(body.html()).select("p").eachText())
        .containsExactly("Satu.", "Dua.");
    assertThat(body.html()).doesNotContain("<!--", "wp:", "OL-13");
    assertThat(body.source()).isEqualTo("Malay Mail");
    assertThat(body.editorCode()).isEqualTo("OL-13");
  }
}
