package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.HostileHtml;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.section.Section;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;

/**
 * Hostile HTML as an article's lead and its photo's caption, read back through a real feed library
 * the way a feed reader does: RSS descriptions (and media:description) are shown as HTML, so once
 * decoded they must hold the typed text and no element.
 */
@WartaTest
class HostileFeedTest {
  private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
  private static final int PER_FEED = 50;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired MediaRepository media;
  @Autowired JdbcClient jdbc;

  @Test
  void feedReadersShowTheLeadAndCaptionAsTextNotMarkup() throws Exception {
    List<String> corpus = HostileHtml.corpus();
    var content = TestContent.of(context);
    Author author = content.author("Penulis Umpan");
    List<Section> sections = new ArrayList<>();
    Map<String, String> typedByTitle = new HashMap<>();
    for (int n = 0; n < corpus.size(); n++) {
      if (n % PER_FEED == 0) {
        sections.add(content.section("Kanal Umpan"));
      }
      String snippet = corpus.get(n);
      String title = TestContent.unique("Umpan " + n);
      MediaAsset image = media.findById(photo(cut(snippet, 1000))).orElseThrow();
      content.article(sections.getLast(), author).title(title).lead(snippet).image(image).create();
      typedByTitle.put(title, snippet);
    }

    List<String> problems = new ArrayList<>();
    int seen = 0;
    for (Section section : sections) {
      byte[] body =
          mvc.perform(get("/rss/" + section.slug()))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(body)));
      for (SyndEntry entry : feed.getEntries()) {
        String typed = typedByTitle.get(entry.getTitle());
        assertThat(typed).as(entry.getTitle()).isNotNull();
        seen++;
        check(
            "description of " + entry.getTitle(),
            entry.getDescription().getValue(),
            typed,
            problems);
        Element media =
            entry.getForeignMarkup().stream()
                .filter(e -> e.getName().equals("content") && e.getNamespace().equals(MEDIA))
                .findFirst()
                .orElseThrow();
        Element caption = media.getChild("description", MEDIA);
        check(
            "media:description of " + entry.getTitle(),
            caption.getText(),
            cut(typed, 1000).strip(),
            problems);
      }
    }
    assertThat(seen).isEqualTo(corpus.size());
    assertThat(problems).isEmpty();
  }

  /**
   * A library photo with this caption. The feed reads only its caption and file key, so the row is
   * written as the library would write it, without making 132 sets of renditions (minutes on a busy
   * machine).
   */
  private long photo(String caption) {
    return jdbc.sql(
            """
            INSERT INTO media
              (file_key, content_type, width, height, credit, caption, alt_text, created_at)
            VALUES (:key, 'image/jpeg', 1800, 1200, 'Kantor Berita', :caption, 'Foto uji', 0)
            RETURNING id
            """)
        .param("key", "umpan-" + UUID.randomUUID())
        .param("caption", caption.strip())
        .query(Long.class)
        .single();
  }

  /** The decoded value, read as HTML: no element at all, and the text the editor typed. */
  private static void check(String label, String decoded, String typed, List<String> problems) {
    Document html = Jsoup.parseBodyFragment(decoded);
    if (!html.body().children().isEmpty()) {
      problems.add(label + ": element <" + html.body().child(0).normalName() + "> in " + decoded);
    }
    String expected = visible(typed);
    if (!visible(html.body().wholeText()).equals(expected)) {
      problems.add(label + ": shows \"" + html.body().wholeText() + "\" instead of the typed text");
    }
  }

  /** What a reader sees of a text: without control characters, whitespace collapsed. */
  private static String visible(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
        .strip()
        .replaceAll("\\s+", " ");
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
