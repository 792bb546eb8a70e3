package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.HostileHtml;
import id.warta.article.Article;
import id.warta.article.ArticleBodyPolicy;
import id.warta.article.ArticleStatus;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every snippet of the hostile-HTML corpus typed into an article body, around what the rich-text
 * editor emits, through the sanitizer as the newsroom stores it and the renderer as readers get it:
 * nothing in the body may run, and the editor's own photo and embed still show.
 */
class HostileBodyTest {
  static final MediaAsset PHOTO =
      new MediaAsset(7, "abc123", "image/jpeg", 1800, 1200, "Warta/Uji", "Keterangan", "Alt");

  static List<String> corpus() {
    return HostileHtml.corpus();
  }

  @Test
  void theCorpusIsLarge() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void nothingInTheSanitizedBodyRuns(String snippet) {
    String stored = ArticleBodyPolicy.sanitize(typed(snippet));
    List<String> problems = new ArrayList<>();
    HostileHtml.inspect(Jsoup.parseBodyFragment(stored), "stored", problems);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void nothingInTheRenderedBodyRunsAndTheEditorsPhotoAndEmbedStillShow(String snippet) {
    Document body = render(snippet, "");
    List<String> problems = new ArrayList<>();
    HostileHtml.inspect(body, "rendered", problems);
    assertThat(problems).isEmpty();
    assertThat(body.select("figure.inline-photo figcaption .credit").eachText())
        .contains("Warta/Uji");
    assertThat(body.select(".embed[data-provider=YouTube] a").eachAttr("href"))
        .containsExactly("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(body.select("p").first().text()).startsWith("PARAGRAF aman.");
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void aHostileSourceOrEditorCodeIsShownAsTypedText(String snippet) {
    String source = snippet.length() <= 100 ? snippet : snippet.substring(0, 100);
    Document body = render("", source);
    List<String> problems = new ArrayList<>();
    HostileHtml.inspect(body, "attribution", problems);
    assertThat(problems).isEmpty();
    // The closing attribution is text at the end of the last paragraph, never markup (a NUL is
    // read as U+FFFD, as browsers do).
    assertThat(body.select("p").last().wholeText())
        .endsWith("(" + source.strip().replace('\u0000', '\uFFFD') + ")");
  }

  @Test
  void markupTheNewsroomMeansToKeepIsKept() {
    String stored =
        ArticleBodyPolicy.sanitize(
            "<h2>Subjudul</h2><p><strong>tebal</strong> <em>miring</em>"
                + " <a href=\"https://example.com/a\">tautan</a></p><ul><li>butir</li></ul>"
                + "<blockquote>kutipan</blockquote><table><tr><td colspan=\"2\">sel</td></tr>"
                + "</table><iframe src=\"https://www.youtube-nocookie.com/embed/abcdefghijk\">"
                + "</iframe><iframe src=\"https://evil.example/embed/abcdefghijk\"></iframe>");
    Document body = Jsoup.parseBodyFragment(stored);

    assertThat(body.select("h2").text()).isEqualTo("Subjudul");
    assertThat(body.select("a[href=https://example.com/a]").attr("rel"))
        .contains("noopener", "noreferrer");
    assertThat(body.select("ul li, blockquote, td[colspan=2]")).hasSize(3);
    assertThat(body.select("iframe").eachAttr("src"))
        .containsExactly("https://www.youtube-nocookie.com/embed/abcdefghijk");
  }

  /** What the editor sends: a paragraph, a library photo, an embed link and the snippet around. */
  private static String typed(String snippet) {
    return "<p>Paragraf aman.</p><figure><img src=\""
        + PHOTO.url(Rendition.MEDIUM)
        + "\" alt=\"\"><figcaption>Keterangan</figcaption></figure><p><a"
        + " href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>"
        + snippet
        + "<figure><img src=\""
        + PHOTO.url(Rendition.SMALL)
        + "\"><figcaption>"
        + snippet
        + "</figcaption></figure><p><a href=\"https://x.com/warta/status/1\">"
        + snippet
        + "</a></p>";
  }

  private static Document render(String snippet, String source) {
    Article article =
        new Article(
            1,
            1,
            "Judul",
            "judul",
            "",
            ArticleBodyPolicy.sanitize(typed(snippet)),
            source,
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
        ArticleBodyRenderer.renderUncached(
            article, key -> key.equals(PHOTO.fileKey()) ? PHOTO : null));
  }
}
