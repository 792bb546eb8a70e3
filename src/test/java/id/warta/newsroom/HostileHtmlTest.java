package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.HostileHtml;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile HTML typed into every field of an article in the editor, published, then read the way a
 * browser would read the reader's page and the preview: nothing on it may run. A few samples of
 * each kind go the whole way here (form, sanitizer, storage, renderer, templates); the whole corpus
 * runs against the sanitizer, the renderer and the page head directly ({@code HostileBodyTest},
 * {@code HostileHeadTest}, {@code StructuredDataEscapingTest}).
 */
@WartaTest
class HostileHtmlTest {
  /** One of each kind: a script, an event handler, a script URL, SVG, a style, markup breakouts. */
  static final List<String> SAMPLES =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
          "<svg onload=alert(1)>",
          "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
          "<p style=\"background:url(javascript:alert(1))\">teks</p>",
          "</p></div></article></main><script>alert(1)</script>",
          "</textarea><script>alert(1)</script>",
          "\"><script>alert(1)</script>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;

  @Test
  void noHostileSnippetReachesAReaderPageAsSomethingThatRuns() throws Exception {
    assertThat(HostileHtml.corpus()).containsAll(SAMPLES);
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
    for (String snippet : SAMPLES) {
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
      HostileHtml.inspect(doc, "#" + n + " " + snippet, problems);
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
      HostileHtml.inspect(Jsoup.parse(preview.getContentAsString()), "preview #" + n, problems);
    }
    for (String list : List.of("/", "/indeks", "/" + section.slug(), "/penulis/" + author.slug())) {
      var page = mvc.perform(get(list)).andReturn().getResponse();
      assertThat(page.getStatus()).as(list).isEqualTo(200);
      HostileHtml.inspect(Jsoup.parse(page.getContentAsString()), list, problems);
    }
    assertThat(problems).isEmpty();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
