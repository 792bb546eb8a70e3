package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.WartaTest;
import id.warta.article.Article;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile HTML typed into every field of an article in the editor, published, then read the way a
 * browser would read the reader's page: nothing on it may run.
 */
@WartaTest
class HostileHtmlTest {
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

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;

  @Test
  void noHostileSnippetReachesAReaderPageAsSomethingThatRuns() throws Exception {
    List<String> corpus = HostileHtml.corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
    var content = TestContent.of(context);
    Section section = content.section("Kanal Keamanan");
    Author author = content.author("Penulis Keamanan");
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    // What the rich-text editor emits goes through the same path: a library photo as a figure
    // (the site adds its credit) and an embed link, with the hostile snippet around them.
    var photo = content.image("Warta/Uji", "Keterangan pustaka", "Teks alternatif");
    String editorMarkup =
        "<figure><img src=\""
            + photo.url(id.warta.media.Rendition.MEDIUM)
            + "\" alt=\"\"><figcaption>Keterangan</figcaption></figure><p><a"
            + " href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>";
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (String snippet : corpus) {
      n++;
      String title = cut("Uji " + n + " " + snippet, 300);
      var response =
          mvc.perform(
                  org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                          "/redaksi/artikel/baru")
                      .with(Staff.as(editor))
                      .with(
                          org.springframework.security.test.web.servlet.request
                              .SecurityMockMvcRequestPostProcessors.csrf())
                      .param("judul", title)
                      .param("kanal", String.valueOf(section.id()))
                      .param("penulis", String.valueOf(author.id()))
                      .param(
                          "isi",
                          "<p>Paragraf aman.</p>"
                              + editorMarkup
                              + snippet
                              + "<figure><img src=\""
                              + photo.url(id.warta.media.Rendition.SMALL)
                              + "\"><figcaption>"
                              + snippet
                              + "</figcaption></figure>"
                              + "<p><a href=\"https://x.com/warta/status/1\">"
                              + snippet
                              + "</a></p>")
                      .param("seoJudul", cut(snippet, 300))
                      .param("seoDeskripsi", cut(snippet, 600))
                      .param("aksi", "TERBITKAN")
                      .param("ringkasan", cut(snippet, 2000))
                      .param("sumber", cut(snippet, 100))
                      .param("kodeEditor", cut(snippet, 20))
                      .param(
                          "tag", "uji " + cut(snippet.replace(",", " ").replace("\n", " "), 100)))
              .andReturn()
              .getResponse();
      if (response.getStatus() != 302) {
        problems.add("#" + n + " not published: " + response.getStatus() + " " + snippet);
        continue;
      }
      Article a = articles.findById(Desk.idFrom(response.getRedirectedUrl())).orElseThrow();
      assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
      var page =
          mvc.perform(get("/" + section.slug() + "/" + a.id() + "/" + a.slug()))
              .andReturn()
              .getResponse();
      assertThat(page.getStatus()).isEqualTo(200);
      Document doc = Jsoup.parse(page.getContentAsString());
      inspect(doc, "#" + n + " " + snippet, problems);
      if (doc.select(".body figure.inline-photo figcaption .credit").stream()
          .noneMatch(e -> e.text().equals("Warta/Uji"))) {
        problems.add("#" + n + " inline photo without its credit");
      }
      if (doc.select(
              ".body .embed[data-provider=YouTube]"
                  + " a[href=https://www.youtube.com/watch?v=dQw4w9WgXcQ]")
          .isEmpty()) {
        problems.add("#" + n + " embed not shown as a click-to-open block");
      }
      String typed =
          title
              .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
              .strip()
              .replaceAll("\\s+", " ");
      if (!doc.select("h1#judul").text().equals(typed)) {
        problems.add("#" + n + " title not shown as typed text: " + doc.select("h1#judul").text());
      }
      var preview =
          mvc.perform(get("/redaksi/artikel/" + a.id() + "/pratinjau").with(Staff.as(editor)))
              .andReturn()
              .getResponse();
      inspect(Jsoup.parse(preview.getContentAsString()), "preview #" + n, problems);
    }
    for (String list : List.of("/", "/indeks", "/" + section.slug(), "/penulis/" + author.slug())) {
      var page = mvc.perform(get(list)).andReturn().getResponse();
      assertThat(page.getStatus()).as(list).isEqualTo(200);
      inspect(Jsoup.parse(page.getContentAsString()), list, problems);
    }
    assertThat(problems).isEmpty();
  }

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

  private static void inspect(Document doc, String label, List<String> problems) {
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

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
