package id.warta.site;

import id.warta.article.Article;
import id.warta.article.ArticleKeys;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.media.Rendition;
import id.warta.platform.ChangeFeed;
import id.warta.platform.Embed;
import id.warta.platform.IndonesianDates;
import id.warta.platform.KeyedCache;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * Turns a stored (already sanitized) body into what readers see: the house lead-in, the first word
 * of the first paragraph in capitals ("KEPALA junta Myanmar"), and the closing attribution "(Malay
 * Mail/OL-13)" at the end of the last paragraph. A library photo in the body becomes a figure with
 * the photo's credit and a caption (the editor's, or the library's); a provider's link alone in a
 * paragraph becomes a click-to-load embed.
 *
 * <p>A rendered body is kept per article version, under the article's key: a change recorded for
 * the article (a photo in it got a new credit, caption or alt text: article.LinkedChanges) drops it
 * on every node ({@link KeyedCache}).
 */
@Component
class ArticleBodyRenderer {
  private record Key(long id, int version, long updatedAt) {}

  private final KeyedCache<Key, String> rendered;

  private final MediaRepository media;

  ArticleBodyRenderer(MediaRepository media, ChangeFeed feed) {
    this.media = media;
    this.rendered = feed.newCache(2_000, null);
  }

  String render(Article article) {
    return rendered.get(
        new Key(article.id(), article.version(), article.updatedAt().toEpochMilli()),
        key ->
            new KeyedCache.Loaded<>(
                renderUncached(article, fileKey -> media.findByFileKey(fileKey).orElse(null)),
                Set.of(ArticleKeys.article(article.id()))));
  }

  static String renderUncached(Article article) {
    return renderUncached(article, fileKey -> null);
  }

  static String renderUncached(Article article, Function<String, MediaAsset> library) {
    Document doc = Jsoup.parseBodyFragment(article.bodyHtml());
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    for (Element img : body.select("img[src]")) {
      // Library photos in the body come in every size too: a phone takes a small one.
      String srcset = Rendition.srcsetOf(img.attr("src"));
      if (srcset != null) {
        img.attr("srcset", srcset).attr("sizes", ArticlePage.PHOTO_SIZES);
      }
      String fileKey = Rendition.fileKeyOf(img.attr("src"));
      MediaAsset asset = fileKey == null ? null : library.apply(fileKey);
      if (asset != null) {
        figure(img, asset);
      }
    }
    for (Element p : body.select("p")) {
      embed(p);
    }
    // The lead-in is the story's first word, never the note of an embed that opens the body.
    body.select("p").stream()
        .filter(p -> p.closest(".embed") == null)
        .findFirst()
        .ifPresent(ArticleBodyRenderer::leadIn);
    String attribution = article.attribution();
    if (!attribution.isEmpty()) {
      Element last = body.children().last();
      if (last != null && last.nameIs("p")) {
        last.appendText(" " + attribution);
      } else {
        body.appendElement("p").text(attribution);
      }
    }
    return body.html();
  }

  /**
   * A paragraph that is only a link to a YouTube video, a post on X or on Instagram becomes the
   * same click-to-load block as in a live blog ({@link Embed}): nothing is requested from the
   * provider until the reader presses its button, and the link still opens the post without
   * JavaScript. A link whose form we do not know stays a plain link.
   */
  private static void embed(Element p) {
    if (p.children().size() != 1 || !p.child(0).nameIs("a") || !p.ownText().isBlank()) {
      return;
    }
    Embed.parse(p.child(0).attr("href"))
        .ifPresent(
            embed -> {
              Element block = Jsoup.parseBodyFragment(embed.blockHtml()).body().child(0);
              p.replaceWith(block);
            });
  }

  /** The photo as a figure: credit first, then the caption, as under the lead photo. */
  private static void figure(Element img, MediaAsset asset) {
    if (img.attr("alt").isBlank()) {
      img.attr("alt", asset.altText());
    }
    Element figure = img.closest("figure");
    if (figure == null) {
      Element parent = img.parent();
      figure = new Element("figure");
      if (parent != null
          && parent.nameIs("p")
          && parent.children().size() == 1
          && parent.text().isBlank()) {
        parent.replaceWith(figure);
      } else {
        img.before(figure);
      }
      figure.appendChild(img);
    }
    figure.addClass("inline-photo");
    Element caption = figure.selectFirst("figcaption");
    String text = caption == null || caption.text().isBlank() ? asset.caption() : caption.text();
    if (caption == null) {
      caption = figure.appendElement("figcaption");
    }
    caption.empty();
    caption.appendElement("span").addClass("credit").text(asset.credit());
    caption.appendText(" ");
    caption.appendElement("span").addClass("caption").text(text);
  }

  private static void leadIn(Element paragraph) {
    TextNode text = firstText(paragraph);
    if (text == null) {
      return;
    }
    String whole = text.getWholeText();
    int start = 0;
    while (start < whole.length() && Character.isWhitespace(whole.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < whole.length()
        && !Character.isWhitespace(whole.charAt(end))
        && whole.charAt(end) != '\u00a0') {
      end++;
    }
    if (end == start) {
      return;
    }
    String word = whole.substring(start, end).toUpperCase(IndonesianDates.INDONESIAN);
    text.before(new TextNode(whole.substring(0, start)));
    text.before(new Element("span").addClass("lead-in").text(word));
    text.text(whole.substring(end));
  }

  private static TextNode firstText(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t && !t.isBlank()) {
        return t;
      }
      if (child instanceof Element e) {
        TextNode inner = firstText(e);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
