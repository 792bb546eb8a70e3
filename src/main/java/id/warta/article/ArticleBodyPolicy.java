package id.warta.article;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for article bodies: the rich text a newsroom writes (paragraphs, headings,
 * emphasis, links, lists, quotes, figures with library photos, YouTube videos) and nothing a
 * browser would run.
 */
public final class ArticleBodyPolicy {
  private static final java.util.regex.Pattern YOUTUBE_EMBED =
      java.util.regex.Pattern.compile(
          "https://www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{11}");
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h2",
              "h3",
              "h4",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "br",
              "hr",
              "ul",
              "ol",
              "li",
              "blockquote",
              "figure",
              "figcaption",
              "a",
              "img",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "caption")
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
          // Embedded videos: YouTube's privacy-enhanced player only (the CSP's frame-src); an
          // iframe whose address is anything else loses it, and one without an address goes.
          .allowElements((name, attrs) -> attrs.contains("src") ? name : null, "iframe")
          .allowAttributes("src")
          .matching(YOUTUBE_EMBED)
          .onElements("iframe")
          .allowAttributes("title", "width", "height", "allowfullscreen")
          .onElements("iframe")
          .toFactory();

  private ArticleBodyPolicy() {}

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
