package id.warta.liveblog;

import id.warta.article.Article;
import id.warta.article.ArticleKeys;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.platform.HttpCaching;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageKeys;
import id.warta.platform.SiteProperties;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What readers' browsers and feed readers fetch of a live blog: the fragment of its newest entries
 * that the article page polls, and an RSS feed of its entries. Both are kept by the page cache
 * under {@code live:{id}}, so thousands of readers polling cost one rendering per entry, not one
 * database read per poll.
 */
@Controller
class LiveReaderController {
  private static final MediaType RSS =
      MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final LiveViews views;
  private final SiteProperties site;

  LiveReaderController(
      ArticleRepository articles,
      SectionRepository sections,
      LiveViews views,
      SiteProperties site) {
    this.articles = articles;
    this.sections = sections;
    this.views = views;
    this.site = site;
  }

  @GetMapping("/feed/langsung/{id:[0-9]{1,18}}")
  String fragment(@PathVariable long id, HttpServletResponse response, Model model) {
    Article article = published(id);
    LiveView live = views.forFragment(article.id()).orElseThrow(LiveReaderController::notLive);
    // Browsers ask again each time (the script revalidates with If-None-Match); shared caches
    // keep it until the next entry purges it.
    response.setHeader("Cache-Control", "public, max-age=0, s-maxage=60");
    response.setHeader("X-Robots-Tag", "noindex");
    PageKeys.set(response, List.of(LiveKeys.entries(id), ArticleKeys.article(id)));
    model.addAttribute("live", live);
    return "liveblog/fragment";
  }

  @GetMapping("/rss/langsung/{id:[0-9]{1,18}}")
  ResponseEntity<byte[]> feed(@PathVariable long id) {
    Article article = published(id);
    LiveView live = views.forFragment(article.id()).orElseThrow(LiveReaderController::notLive);
    String path = path(article);
    byte[] body = rss(article, live, path);
    return HttpCaching.respond(
        body,
        RSS,
        live.lastUpdate(),
        Duration.ofSeconds(60),
        List.of(LiveKeys.entries(id), ArticleKeys.article(id)));
  }

  private Article published(long id) {
    return articles
        .findById(id)
        .filter(Article::isPublished)
        .orElseThrow(() -> new NotFoundException("Artikel tidak ditemukan."));
  }

  private static NotFoundException notLive() {
    return new NotFoundException("Artikel ini tidak memiliki liputan langsung.");
  }

  private String path(Article article) {
    String section =
        sections
            .findById(article.sectionId())
            .orElseThrow(() -> new IllegalStateException("article without section"))
            .slug();
    return ArticleSummary.path(section, article.id(), article.slug());
  }

  private byte[] rss(Article article, LiveView live, String path) {
    var out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("rss");
      xml.writeAttribute("version", "2.0");
      xml.writeStartElement("channel");
      element(xml, "title", "Liputan langsung: " + article.title() + " - " + site.name());
      element(xml, "link", site.absolute(path));
      element(
          xml,
          "description",
          article.lead() == null || article.lead().isBlank() ? article.title() : article.lead());
      element(xml, "language", "id");
      element(xml, "lastBuildDate", rfc1123(live.lastUpdate()));
      for (LiveView.Entry e : live.entries()) {
        xml.writeStartElement("item");
        element(xml, "title", e.timeLine() + " - " + e.headline());
        String link = site.absolute(path) + "#" + e.anchor();
        element(xml, "link", link);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(link);
        xml.writeEndElement();
        element(xml, "pubDate", rfc1123(e.postedAt()));
        String description = e.bodyHtml();
        if (e.embed() != null) {
          description +=
              "<p><a href=\"" + e.embed().url() + "\">" + e.embed().provider() + "</a></p>";
        }
        element(xml, "description", description);
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static String rfc1123(java.time.Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }
}
