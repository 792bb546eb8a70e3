package id.warta.feed;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.PublishedMonths;
import id.warta.article.PublishedSpan;
import id.warta.page.StaticPage;
import id.warta.page.StaticPages;
import id.warta.platform.HttpCaching;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sitemaps (sitemaps.org 0.9): the index at /sitemap.xml; one sitemap per month of articles
 * (/sitemap/artikel-2021-06.xml, split into -2, -3... past the URL limit); the section pages
 * (/sitemap/kanal.xml); the Google News sitemap of the last two days (/sitemap/berita.xml); and
 * robots.txt pointing to them.
 */
@RestController
class SitemapController {
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
  private static final Pattern MONTH_PART = Pattern.compile("(\\d{4}-\\d{2})(?:-(\\d{1,4}))?");

  private final PublishedArticles articles;
  private final PublishedMonths months;
  private final SectionRepository sections;
  private final StaticPages pages;
  private final SiteProperties site;
  private final FeedProperties properties;
  private final Clock clock;

  SitemapController(
      PublishedArticles articles,
      PublishedMonths months,
      SectionRepository sections,
      StaticPages pages,
      SiteProperties site,
      FeedProperties properties,
      Clock clock) {
    this.articles = articles;
    this.months = months;
    this.sections = sections;
    this.pages = pages;
    this.site = site;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/robots.txt")
  ResponseEntity<String> robots() {
    String text =
        """
        User-agent: *
        Allow: /
        Disallow: /redaksi/
        Disallow: /actuator/
        Disallow: /cari

        Sitemap: %s
        Sitemap: %s
        """
            .formatted(site.absolute("/sitemap.xml"), site.absolute("/sitemap/berita.xml"));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(text);
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<byte[]> index() {
    return respond(renderIndex(), ArticleKeys.ARTICLES);
  }

  @GetMapping("/sitemap/kanal.xml")
  ResponseEntity<byte[]> sections() {
    return respond(renderSections(), ArticleKeys.ARTICLES, Section.ALL, StaticPage.ALL);
  }

  @GetMapping("/sitemap/berita.xml")
  ResponseEntity<byte[]> news() {
    return respond(renderNews(), ArticleKeys.ARTICLES);
  }

  @GetMapping("/sitemap/artikel-{month}.xml")
  ResponseEntity<byte[]> month(@PathVariable String month) {
    Matcher m = MONTH_PART.matcher(month);
    if (!m.matches()) {
      throw new NotFoundException("Peta situs tidak ditemukan.");
    }
    YearMonth ym;
    try {
      ym = YearMonth.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw new NotFoundException("Peta situs tidak ditemukan.");
    }
    int part = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    Instant from = start(ym);
    Instant to = start(ym.plusMonths(1));
    PublishedSpan span = months.spans(List.of(from, to)).getFirst();
    // Part 1 is written without a number; "-1" and parts past the end do not exist.
    if (span.count() == 0 || part > parts(span.count()) || (m.group(2) != null && part < 2)) {
      throw new NotFoundException("Peta situs tidak ditemukan.");
    }
    return respond(renderMonth(from, to, part), ArticleKeys.ARTICLES);
  }

  /** A sitemap as written now; the page cache keeps it until a change names one of its keys. */
  private record Rendered(byte[] body, Instant lastModified) {}

  private ResponseEntity<byte[]> respond(Rendered rendered, String... keys) {
    return HttpCaching.respond(
        rendered.body(),
        XML,
        rendered.lastModified(),
        Duration.ofSeconds(properties.maxAgeSeconds()),
        List.of(keys));
  }

  private Rendered renderIndex() {
    record Entry(String path, Instant lastModified) {}
    List<Entry> entries = new ArrayList<>();
    PublishedSpan ends = months.ends();
    List<YearMonth> monthList = new ArrayList<>();
    List<PublishedSpan> spans = List.of();
    if (ends.firstPublished() != null) {
      IndonesianDates dates = site.dates();
      YearMonth first = YearMonth.from(dates.localDate(ends.firstPublished()));
      YearMonth last = YearMonth.from(dates.localDate(ends.lastPublished()));
      List<Instant> bounds = new ArrayList<>();
      for (YearMonth ym = last; !ym.isBefore(first); ym = ym.minusMonths(1)) {
        monthList.add(ym);
      }
      // Bounds run from the oldest month up; the sitemaps are listed newest first.
      for (YearMonth ym = first; !ym.isAfter(last.plusMonths(1)); ym = ym.plusMonths(1)) {
        bounds.add(start(ym));
      }
      spans = months.spans(bounds).reversed();
    }
    Instant lastUpdated =
        spans.stream()
            .map(PublishedSpan::lastUpdated)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    entries.add(new Entry("/sitemap/kanal.xml", lastUpdated));
    entries.add(new Entry("/sitemap/berita.xml", lastUpdated));
    for (int i = 0; i < monthList.size(); i++) {
      PublishedSpan span = spans.get(i);
      for (int part = 1; part <= parts(span.count()); part++) {
        entries.add(new Entry(monthPath(monthList.get(i), part), span.lastUpdated()));
      }
    }
    byte[] body =
        Xml.document(
            xml -> {
              xml.setDefaultNamespace(SITEMAP);
              xml.writeStartElement(SITEMAP, "sitemapindex");
              xml.writeDefaultNamespace(SITEMAP);
              for (Entry e : entries) {
                xml.writeStartElement(SITEMAP, "sitemap");
                Xml.element(xml, SITEMAP, "loc", site.absolute(e.path()));
                if (e.lastModified() != null) {
                  Xml.element(xml, SITEMAP, "lastmod", site.dates().iso(e.lastModified()));
                }
                xml.writeEndElement();
              }
              xml.writeEndElement();
            });
    return new Rendered(body, lastUpdated);
  }

  /**
   * The home page, the Indeks, every section and static page; a list page's lastmod is its newest
   * publication (one seek per section, not a count of the archive).
   */
  private Rendered renderSections() {
    Map<Long, Instant> lastPublished = months.lastPublishedBySection();
    Instant newest = lastPublished.values().stream().max(Comparator.naturalOrder()).orElse(null);
    List<StaticPage> staticPages = pages.published();
    byte[] body =
        urlset(
            false,
            xml -> {
              url(xml, "/", newest, "hourly");
              url(xml, "/indeks", newest, "hourly");
              for (Section section : sections.findAll()) {
                url(xml, section.path(), lastPublished.get(section.id()), "hourly");
              }
              for (StaticPage page : staticPages) {
                url(xml, page.path(), page.updatedAt(), "monthly");
              }
            });
    Instant lastModified = newest;
    for (StaticPage page : staticPages) {
      if (page.updatedAt() != null
          && (lastModified == null || page.updatedAt().isAfter(lastModified))) {
        lastModified = page.updatedAt();
      }
    }
    return new Rendered(body, lastModified);
  }

  private Rendered renderMonth(Instant from, Instant to, int part) {
    int size = properties.sitemapMaxUrls();
    List<ArticleSummary> list = months.links(from, to, (long) (part - 1) * size, size);
    byte[] body =
        urlset(
            false,
            xml -> {
              for (ArticleSummary a : list) {
                url(xml, a.path(), a.updatedAt(), null);
              }
            });
    return new Rendered(body, newest(list));
  }

  private Rendered renderNews() {
    Instant since = clock.instant().minus(Duration.ofDays(properties.newsDays()));
    List<ArticleSummary> list =
        articles.findPublished(
            ArticleQuery.between(since, clock.instant().plusSeconds(1)),
            0,
            properties.newsMaxUrls());
    byte[] body =
        urlset(
            true,
            xml -> {
              for (ArticleSummary a : list) {
                xml.writeStartElement(SITEMAP, "url");
                Xml.element(xml, SITEMAP, "loc", site.absolute(a.path()));
                xml.writeStartElement(NEWS, "news");
                xml.writeStartElement(NEWS, "publication");
                Xml.element(xml, NEWS, "name", site.name());
                Xml.element(xml, NEWS, "language", "id");
                xml.writeEndElement();
                Xml.element(xml, NEWS, "publication_date", site.dates().iso(a.publishedAt()));
                Xml.element(xml, NEWS, "title", a.title());
                xml.writeEndElement();
                xml.writeEndElement();
              }
            });
    return new Rendered(body, newest(list));
  }

  private byte[] urlset(boolean news, Xml.Body urls) {
    return Xml.document(
        xml -> {
          xml.setDefaultNamespace(SITEMAP);
          xml.writeStartElement(SITEMAP, "urlset");
          xml.writeDefaultNamespace(SITEMAP);
          if (news) {
            xml.setPrefix("news", NEWS);
            xml.writeNamespace("news", NEWS);
          }
          urls.write(xml);
          xml.writeEndElement();
        });
  }

  private void url(XMLStreamWriter xml, String path, Instant lastModified, String changeFrequency)
      throws XMLStreamException {
    xml.writeStartElement(SITEMAP, "url");
    Xml.element(xml, SITEMAP, "loc", site.absolute(path));
    if (lastModified != null) {
      Xml.element(xml, SITEMAP, "lastmod", site.dates().iso(lastModified));
    }
    if (changeFrequency != null) {
      Xml.element(xml, SITEMAP, "changefreq", changeFrequency);
    }
    xml.writeEndElement();
  }

  private Instant start(YearMonth ym) {
    return site.dates().startOfDay(ym.atDay(1));
  }

  private long parts(long count) {
    return (count + properties.sitemapMaxUrls() - 1) / properties.sitemapMaxUrls();
  }

  static String monthPath(YearMonth ym, int part) {
    return "/sitemap/artikel-" + ym + (part > 1 ? "-" + part : "") + ".xml";
  }

  private static Instant newest(List<ArticleSummary> list) {
    return list.stream()
        .map(ArticleSummary::updatedAt)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}
