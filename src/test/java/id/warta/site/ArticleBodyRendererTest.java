package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.Article;
import id.warta.article.ArticleBodyPolicy;
import id.warta.article.ArticleStatus;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.Embed;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the rich-text editor emits, after sanitizing, as readers see it. */
class ArticleBodyRendererTest {
  static final MediaAsset PHOTO =
      new MediaAsset(
          7, "abc123", "image/jpeg", 1800, 1200, "Warta/Rina", "Perahu di dermaga", "Perahu");

  @Test
  void aLibraryPhotoBecomesAFigureWithItsCreditAndTheEditorsCaption() {
    Document body =
        render(
            "<p>Awal.</p><figure><img src=\""
                + PHOTO.url(Rendition.MEDIUM)
                + "\" alt=\"\">"
                + "<figcaption>Nelayan pulang <script>x</script></figcaption></figure>"
                + "<p><img src=\""
                + PHOTO.url(Rendition.SMALL)
                + "\"></p>");

    var figures = body.select("figure.inline-photo");
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).select("figcaption .credit").text()).isEqualTo("Warta/Rina");
    assertThat(figures.get(0).select("figcaption .caption").text()).isEqualTo("Nelayan pulang");
    assertThat(figures.get(0).selectFirst("img").attr("alt")).isEqualTo("Perahu");
    // A bare photo gets the library's caption.
    assertThat(figures.get(1).select("figcaption .caption").text()).isEqualTo("Perahu di dermaga");
    assertThat(body.select("script")).isEmpty();
  }

  @Test
  void aYoutubeXOrInstagramLinkAloneIsAClickToLoadBlockAndLoadsNothing() {
    Document body =
        render(
            "<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=5\">video</a></p><p><a"
                + " href=\"https://x.com/warta/status/1\">post</a></p><p><a"
                + " href=\"https://www.instagram.com/p/C0dE_x-12/\">foto</a></p><p>Lihat <a"
                + " href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">video</a> ini.</p><p><a"
                + " href=\"https://www.youtube.com/watch?v=pendek\">bukan video</a></p><p><a"
                + " href=\"javascript:alert(1)\">x</a></p>");

    assertThat(body.select(".embed").eachAttr("data-provider"))
        .containsExactly("YouTube", "X", "Instagram");
    // The frame's address is built from the post's id alone, on the provider's privacy host.
    assertThat(body.select(".embed").eachAttr("data-embed-src"))
        .containsExactly(
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1",
            "https://www.instagram.com/p/C0dE_x-12/embed/");
    // Without JavaScript the link opens the post; the button waits for js/embed.js.
    assertThat(body.select(".embed a.embed-open").eachAttr("href"))
        .containsExactly(
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://x.com/warta/status/1",
            "https://www.instagram.com/p/C0dE_x-12/");
    assertThat(body.select(".embed button.embed-load[hidden]")).hasSize(3);
    // A link inside a sentence, or one that names no post, stays a link.
    assertThat(body.select("p > a:not(.embed-open)").eachText())
        .containsExactly("video", "bukan video");
    assertThat(body.select("iframe, script, [src^=http]")).isEmpty();
    assertThat(body.select("a[href^=javascript]")).isEmpty();
  }

  @Test
  void theBodyEmbedIsTheLiveBlogsEmbed() {
    // First in the body: the story's lead-in goes to the next paragraph, not into the block.
    Document body =
        render("<p><a href=\"https://youtu.be/dQw4w9WgXcQ\">video</a></p><p>Warga menonton.</p>");
    assertThat(body.select(".lead-in").eachText()).containsExactly("WARGA");
    Document block =
        Jsoup.parseBodyFragment(
            Embed.parse("https://youtu.be/dQw4w9WgXcQ").orElseThrow().blockHtml());
    assertThat(body.selectFirst(".embed").outerHtml()).isEqualTo(block.body().child(0).outerHtml());
  }

  private static Document render(String typed) {
    Article a =
        new Article(
            1,
            1,
            "Judul",
            "judul",
            "",
            ArticleBodyPolicy.sanitize(typed),
            "",
            "",
            null,
            null,
            ArticleStatus.PUBLISHED,
            Instant.EPOCH,
            Instant.EPOCH,
            Instant.EPOCH,
            0,
            null);
    return Jsoup.parseBodyFragment(
        ArticleBodyRenderer.renderUncached(a, key -> key.equals(PHOTO.fileKey()) ? PHOTO : null));
  }
}
