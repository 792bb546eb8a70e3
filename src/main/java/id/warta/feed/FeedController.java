package id.warta.feed;

import id.warta.article.ArticleQuery;
import id.warta.article.Tag;
import id.warta.article.TagRepository;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.feed.FeedDocuments.Channel;
import id.warta.feed.RenderedCache.Rendered;
import id.warta.platform.HttpCaching;
import id.warta.platform.NotFoundException;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feeds: RSS 2.0 for the site (/rss), each section (/rss/{section}), tag (/rss/tag/{slug}) and
 * author (/rss/penulis/{slug}); Atom (/atom.xml) and JSON Feed (/feed.json) for the site.
 */
@RestController
class FeedController {
  static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

  private final FeedArticles articles;
  private final FeedDocuments documents;
  private final RenderedCache cache;
  private final SectionRepository sections;
  private final TagRepository tags;
  private final AuthorRepository authors;
  private final SiteProperties site;
  private final FeedProperties properties;

  FeedController(
      FeedArticles articles,
      FeedDocuments documents,
      RenderedCache cache,
      SectionRepository sections,
      TagRepository tags,
      AuthorRepository authors,
      SiteProperties site,
      FeedProperties properties) {
    this.articles = articles;
    this.documents = documents;
    this.cache = cache;
    this.sections = sections;
    this.tags = tags;
    this.authors = authors;
    this.site = site;
    this.properties = properties;
  }

  @GetMapping("/rss")
  ResponseEntity<byte[]> site() {
    return feed("/rss", siteChannel("/rss"), ArticleQuery.ALL, documents::rss, RSS);
  }

  @GetMapping("/atom.xml")
  ResponseEntity<byte[]> atom() {
    return feed("/atom.xml", siteChannel("/atom.xml"), ArticleQuery.ALL, documents::atom, ATOM);
  }

  @GetMapping("/feed.json")
  ResponseEntity<byte[]> jsonFeed() {
    return feed(
        "/feed.json", siteChannel("/feed.json"), ArticleQuery.ALL, documents::jsonFeed, JSON_FEED);
  }

  @GetMapping("/rss/{slug:[a-z0-9-]+}")
  ResponseEntity<byte[]> section(@PathVariable String slug) {
    Section section =
        sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("Kanal tidak ditemukan."));
    String path = FeedPaths.section(section);
    var channel =
        new Channel(
            section.name() + " - " + site.name(),
            section.description().isBlank()
                ? "Berita " + section.name() + " terkini dari " + site.name() + "."
                : section.description(),
            site.absolute(section.path()),
            site.absolute(path));
    return feed(path, channel, ArticleQuery.section(section.id()), documents::rss, RSS);
  }

  @GetMapping("/rss/tag/{slug}")
  ResponseEntity<byte[]> tag(@PathVariable String slug) {
    Tag tag = tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("Topik tidak ditemukan."));
    String path = FeedPaths.tag(tag);
    var channel =
        new Channel(
            "Topik: " + tag.name() + " - " + site.name(),
            "Kumpulan berita tentang " + tag.name() + ".",
            site.absolute(tag.path()),
            site.absolute(path));
    return feed(path, channel, ArticleQuery.tag(tag.id()), documents::rss, RSS);
  }

  @GetMapping("/rss/penulis/{slug}")
  ResponseEntity<byte[]> author(@PathVariable String slug) {
    Author author =
        authors.findBySlug(slug).orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    String path = FeedPaths.author(author);
    var channel =
        new Channel(
            author.name() + " - " + site.name(),
            "Berita yang ditulis oleh " + author.name() + ".",
            site.absolute(author.path()),
            site.absolute(path));
    return feed(path, channel, ArticleQuery.author(author.id()), documents::rss, RSS);
  }

  private Channel siteChannel(String path) {
    return new Channel(
        site.name(),
        "Berita terkini dan terpercaya dari " + site.name() + ".",
        site.absolute("/"),
        site.absolute(path));
  }

  private ResponseEntity<byte[]> feed(
      String key,
      Channel channel,
      ArticleQuery query,
      BiFunction<Channel, List<FeedArticle>, byte[]> writer,
      MediaType type) {
    Rendered rendered =
        cache.get(
            key,
            () -> {
              List<FeedArticle> items = articles.latest(query, properties.items());
              return new Rendered(
                  writer.apply(channel, items),
                  items.isEmpty() ? null : FeedDocuments.lastChange(items));
            });
    return HttpCaching.respond(
        rendered.body(), type, rendered.lastModified(), Duration.ofSeconds(properties.maxAgeSeconds()));
  }
}
