package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.Article;
import id.warta.article.ArticleBodyPolicy;
import id.warta.article.ArticleStatus;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
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
  void aYoutubeXOrInstagramLinkAloneIsAClickToOpenBlockAndLoadsNothing() {
    Document body =
        render(
            "<p><a href=\"https://www.youtube.com/watch?v=abc\">video</a></p>"
                + "<p><a href=\"https://x.com/warta/status/1\">post</a></p>"
                + "<p>Lihat <a href=\"https://www.youtube.com/watch?v=abc\">video</a> ini.</p>"
                + "<p><a href=\"javascript:alert(1)\">x</a></p>");

    assertThat(body.select(".embed").eachAttr("data-provider")).containsExactly("YouTube", "X");
    assertThat(body.select(".embed a").eachAttr("href"))
        .containsExactly("https://www.youtube.com/watch?v=abc", "https://x.com/warta/status/1");
    assertThat(body.select("iframe, script, [src^=http]")).isEmpty();
    assertThat(body.select("a[href^=javascript]")).isEmpty();
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
