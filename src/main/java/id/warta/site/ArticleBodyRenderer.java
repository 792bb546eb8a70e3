package id.warta.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.warta.article.Article;
import id.warta.media.Rendition;
import id.warta.platform.IndonesianDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * Turns a stored (already sanitized) body into what readers see: the house lead-in, the first
 * word of the first paragraph in capitals ("KEPALA junta Myanmar"), and the closing attribution
 * "(Malay Mail/OL-13)" at the end of the last paragraph.
 */
@Component
class ArticleBodyRenderer {
  private record Key(long id, int version, long updatedAt) {}

  private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(2_000).build();

  String render(Article article) {
    var key = new Key(article.id(), article.version(), article.updatedAt().toEpochMilli());
    return rendered.get(key, k -> renderUncached(article));
  }

  static String renderUncached(Article article) {
    Document doc = Jsoup.parseBodyFragment(article.bodyHtml());
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    for (Element img : body.select("img[src]")) {
      // Library photos in the body come in every size too: a phone takes a small one.
      String srcset = Rendition.srcsetOf(img.attr("src"));
      if (srcset != null) {
        img.attr("srcset", srcset).attr("sizes", ArticlePage.PHOTO_SIZES);
      }
    }
    Element first = body.selectFirst("p");
    if (first != null) {
      leadIn(first);
    }
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
    while (end < whole.length() && !Character.isWhitespace(whole.charAt(end))
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
