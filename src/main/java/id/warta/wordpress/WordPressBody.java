package id.warta.wordpress;

import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns a WordPress post body into Warta's: block-editor comments and {@code <!--more-->} go,
 * paragraphs are made from blank lines as WordPress itself does when it shows a classic post,
 * {@code [caption]} and {@code [gallery]} become figures, a YouTube or X link alone on a line
 * becomes an embed, and every image is placed in the media library (or dropped, and reported, when
 * its file is not there). The result is sanitized by the article body policy afterwards.
 */
final class WordPressBody {
  /** An image as the post shows it; caption and credit from its caption ("… (ANTARA/Foto)"). */
  record Image(String url, String alt, String caption, String credit) {}

  /** Places an image in the media library; returns the address the body uses, or null. */
  interface Media {
    String place(Image image);
  }

  /** An attachment of the export, for [gallery ids="..."]. */
  record Attachment(String url, String caption, String alt) {}

  record Converted(String html, String source, String editorCode) {}

  private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[\\s\\S]*?-->");
  private static final Pattern MORE =
      Pattern.compile("<!--\\s*(more|nextpage|noteaser)\\b[\\s\\S]*?-->");
  private static final Pattern CAPTION =
      Pattern.compile("\\[caption([^\\]]*)\\]([\\s\\S]*?)\\[/caption\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern GALLERY =
      Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern IDS = Pattern.compile("\\bids\\s*=\\s*[\"']?([0-9,\\s]+)");
  private static final Pattern LONE_URL =
      Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");
  private static final Pattern YOUTUBE =
      Pattern.compile(
          "https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:[^#\\s]*&)?v=|shorts/|embed/)|youtu\\.be/)([A-Za-z0-9_-]{11})\\b.*");
  private static final Pattern X_POST =
      Pattern.compile(
          "https?://(?:www\\.|mobile\\.)?(?:twitter\\.com|x\\.com)/([A-Za-z0-9_]{1,15})/status(?:es)?/([0-9]{1,25})\\b.*");
  private static final Pattern BLOCK_START =
      Pattern.compile(
          "(?is)^<(p|h[1-6]|ul|ol|li|blockquote|figure|table|thead|tbody|tr|div|pre|hr|dl|section|iframe|address|form|style|script)\\b.*");

  /** "(AFP/Ant/I-2)", "(RK/OL-7)", "(OL-13)": the closing attribution, ending in an editor code. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile("\\s*\\(([^()]{0,100}?/)?([A-Za-z]{1,6}-[0-9A-Za-z]{1,6})\\)\\s*$");

  private static final Pattern TRAILING_CREDIT =
      Pattern.compile("^(.*?)\\s*\\(([^()]{1,200})\\)\\s*$", Pattern.DOTALL);

  private WordPressBody() {}

  static Converted convert(String raw, Media media, LongFunction<Attachment> attachments) {
    String s = raw == null ? "" : raw.replace("\r\n", "\n");
    s = BLOCK_COMMENT.matcher(s).replaceAll("");
    s = MORE.matcher(s).replaceAll("");
    s = replace(CAPTION, s, m -> "\n\n" + caption(m.group(2)) + "\n\n");
    s = replace(GALLERY, s, m -> "\n\n" + gallery(m.group(1), attachments) + "\n\n");
    s =
        replace(
            LONE_URL,
            s,
            m -> {
              String embed = embed(m.group(1));
              return embed == null ? m.group() : "\n\n" + embed + "\n\n";
            });
    Document doc = Jsoup.parseBodyFragment(paragraphs(s));
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    for (Element figure : body.select("figure.wp-block-embed")) {
      String embed = embed(figure.text().strip());
      if (embed != null) {
        figure.before(embed);
      }
      figure.remove();
    }
    for (Element img : body.select("img")) {
      placeImage(img, media);
    }
    for (Element p : body.select("p")) {
      if (p.text().isBlank() && p.select("img, iframe, br").isEmpty()) {
        p.remove();
      }
    }
    String source = "";
    String editorCode = "";
    Element last = body.children().last();
    if (last != null && last.nameIs("p")) {
      String text = last.text();
      Matcher m = ATTRIBUTION.matcher(text);
      if (m.find()) {
        String src =
            m.group(1) == null ? "" : m.group(1).substring(0, m.group(1).length() - 1).strip();
        if (src.length() <= 100) {
          source = src;
          editorCode = m.group(2);
          String rest = text.substring(0, m.start()).strip();
          if (rest.isEmpty()) {
            last.remove();
          } else if (last.children().isEmpty()) {
            last.text(rest);
          } else {
            source = "";
            editorCode = "";
          }
        }
      }
    }
    return new Converted(body.html(), source, editorCode);
  }

  private static void placeImage(Element img, Media media) {
    String url = img.attr("src").strip();
    Element figure = img.closest("figure");
    String captionText = "";
    if (figure != null) {
      Element figcaption = figure.selectFirst("figcaption");
      captionText = figcaption == null ? "" : figcaption.text().strip();
    }
    String caption = captionText;
    String credit = "";
    Matcher m = TRAILING_CREDIT.matcher(captionText);
    if (m.matches()) {
      caption = m.group(1).strip();
      credit = m.group(2).strip();
    }
    String placed =
        url.isEmpty()
            ? null
            : media.place(new Image(url, img.attr("alt").strip(), caption, credit));
    Element link = img.parent();
    if (link != null && link.nameIs("a")) {
      link.unwrap(); // a link to the file at the old site
    }
    if (placed == null) {
      img.remove();
      if (figure != null && figure.select("img").isEmpty()) {
        figure.remove();
      }
      return;
    }
    String alt =
        img.attr("alt").isBlank() ? (caption.isBlank() ? "Foto" : caption) : img.attr("alt");
    img.clearAttributes();
    img.attr("src", placed).attr("alt", alt);
  }

  private static String caption(String inner) {
    Document doc = Jsoup.parseBodyFragment(inner);
    Element img = doc.selectFirst("img");
    if (img == null) {
      return "<p>" + escape(doc.text()) + "</p>";
    }
    Element wrapper = img.parent() != null && img.parent().nameIs("a") ? img.parent() : img;
    wrapper.remove();
    String text = doc.body().text().strip();
    return "<figure>" + img.outerHtml() + "<figcaption>" + escape(text) + "</figcaption></figure>";
  }

  private static String gallery(String attributes, LongFunction<Attachment> attachments) {
    Matcher ids = IDS.matcher(attributes);
    if (!ids.find()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    for (String id : ids.group(1).split(",")) {
      if (id.isBlank()) {
        continue;
      }
      Attachment a = attachments.apply(Long.parseLong(id.strip()));
      if (a == null) {
        continue;
      }
      html.append("<figure class=\"gallery\"><img src=\"")
          .append(escape(a.url()))
          .append("\" alt=\"")
          .append(escape(a.alt()))
          .append("\">");
      if (!a.caption().isBlank()) {
        html.append("<figcaption>").append(escape(a.caption())).append("</figcaption>");
      }
      html.append("</figure>");
    }
    return html.toString();
  }

  /** The embed of a YouTube video or an X post, or null for any other address. */
  static String embed(String url) {
    Matcher yt = YOUTUBE.matcher(url);
    if (yt.matches()) {
      return "<figure><iframe src=\"https://www.youtube-nocookie.com/embed/"
          + yt.group(1)
          + "\" title=\"Video YouTube\" width=\"560\" height=\"315\" allowfullscreen></iframe>"
          + "<figcaption><a href=\"https://www.youtube.com/watch?v="
          + yt.group(1)
          + "\">Tonton di YouTube</a></figcaption></figure>";
    }
    Matcher x = X_POST.matcher(url);
    if (x.matches()) {
      // X's embed needs its script; without it the post is a quote with a link, as X's own markup
      // falls back to.
      String link = "https://x.com/" + x.group(1) + "/status/" + x.group(2);
      return "<blockquote><p>Unggahan @"
          + x.group(1)
          + " di X: <a href=\""
          + link
          + "\">"
          + link
          + "</a></p></blockquote>";
    }
    return null;
  }

  /**
   * WordPress's wpautop, in short: blank lines part paragraphs, a line break inside one is kept.
   */
  private static String paragraphs(String s) {
    StringBuilder out = new StringBuilder();
    for (String block : s.split("\\n[ \\t]*\\n")) {
      String b = block.strip();
      if (b.isEmpty()) {
        continue;
      }
      if (BLOCK_START.matcher(b).matches()) {
        out.append(b).append('\n');
      } else {
        out.append("<p>").append(b.replace("\n", "<br>\n")).append("</p>\n");
      }
    }
    return out.toString();
  }

  private static String replace(
      Pattern pattern, String s, java.util.function.Function<Matcher, String> with) {
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A title or name as WordPress stores it (entities such as &amp;#8211;) as plain text. */
  static String text(String s) {
    return s == null ? "" : Parser.unescapeEntities(s, false).strip();
  }

  /** The text of an excerpt, without markup. */
  static String plain(String html) {
    return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().strip();
  }
}
