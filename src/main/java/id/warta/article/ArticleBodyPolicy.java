package id.warta.article;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for article bodies: the rich text a newsroom writes (paragraphs, headings,
 * emphasis, links, lists, quotes, figures with library photos) and nothing a browser would run.
 */
public final class ArticleBodyPolicy {
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "br",
              "hr", "ul", "ol", "li", "blockquote", "figure", "figcaption", "a", "img", "table",
              "thead", "tbody", "tr", "th", "td", "caption")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowAttributes("src")
          .matching(
              (String element, String attribute, String value) ->
                  value.startsWith("/media/") && !value.contains("..") ? value : null)
          .onElements("img")
          .allowAttributes("alt", "width", "height")
          .onElements("img")
          .allowAttributes("colspan", "rowspan")
          .onElements("td", "th")
          .toFactory();

  private ArticleBodyPolicy() {}

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
