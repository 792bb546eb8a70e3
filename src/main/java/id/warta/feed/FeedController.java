package id.warta.feed;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.Tag;
import id.warta.article.TagRepository;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.feed.FeedDocuments.Channel;
import id.warta.platform.HttpCaching;
import id.warta.platform.NotFoundException;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.time.Duration;
import java.util.ArrayList;
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
  static final MediaType JSON_FEED =
      MediaType.parseMediaType("application/feed+json;charset=UTF-8");

  private final FeedArticles articles;
  private final FeedDocuments documents;
  private final SectionRepository sections;
  private final TagRepository tags;
  private final AuthorRepository authors;
  private final SiteProperties site;
  private final FeedProperties properties;

  FeedController(
      FeedArticles articles,
      FeedDocuments documents,
      SectionRepository sections,
      TagRepository tags,
      AuthorRepository authors,
      SiteProperties site,
      FeedProperties properties) {
    this.articles = articles;
    this.documents = documents;
    this.sections = sections;
    this.tags = tags;
    this.authors = authors;
    this.site = site;
    this.properties = properties;
  }

  @GetMapping("/rss")
  ResponseEntity<byte[]> site() {
    return feed(ArticleKeys.ARTICLES, siteChannel("/rss"), ArticleQuery.ALL, documents::rss, RSS);
  }

  @GetMapping("/atom.xml")
  ResponseEntity<byte[]> atom() {
    return feed(
        ArticleKeys.ARTICLES, siteChannel("/atom.xml"), ArticleQuery.ALL, documents::atom, ATOM);
  }

  @GetMapping("/feed.json")
  ResponseEntity<byte[]> jsonFeed() {
    return feed(
        ArticleKeys.ARTICLES,
        siteChannel("/feed.json"),
        ArticleQuery.ALL,
        documents::jsonFeed,
        JSON_FEED);
  }

  @GetMapping("/rss/{slug:[a-z0-9-]+}")
  ResponseEntity<byte[]> section(@PathVariable String slug) {
    Section section =
        sections
            .findBySlug(slug)
            .orElseThrow(() -> new NotFoundException("Kanal tidak ditemukan."));
    String path = FeedPaths.section(section);
    var channel =
        new Channel(
            section.name() + " - " + site.name(),
            section.description().isBlank()
                ? "Berita " + section.name() + " terkini dari " + site.name() + "."
                : section.description(),
            site.absolute(section.path()),
            site.absolute(path));
    return feed(
        Section.key(section.id()),
        channel,
        ArticleQuery.section(section.id()),
        documents::rss,
        RSS);
  }

  @GetMapping("/rss/tag/{slug}")
  ResponseEntity<byte[]> tag(@PathVariable String slug) {
    Tag tag =
        tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("Topik tidak ditemukan."));
    String path = FeedPaths.tag(tag);
    var channel =
        new Channel(
            "Topik: " + tag.name() + " - " + site.name(),
            "Kumpulan berita tentang " + tag.name() + ".",
            site.absolute(tag.path()),
            site.absolute(path));
    return feed(
        ArticleKeys.tag(tag.id()), channel, ArticleQuery.tag(tag.id()), documents::rss, RSS);
  }

  @GetMapping("/rss/penulis/{slug}")
  ResponseEntity<byte[]> author(@PathVariable String slug) {
    Author author =
        authors
            .findBySlug(slug)
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    String path = FeedPaths.author(author);
    var channel =
        new Channel(
            author.name() + " - " + site.name(),
            "Berita yang ditulis oleh " + author.name() + ".",
            site.absolute(author.path()),
            site.absolute(path));
    return feed(
        Author.key(author.id()), channel, ArticleQuery.author(author.id()), documents::rss, RSS);
  }

  private Channel siteChannel(String path) {
    return new Channel(
        site.name(),
        "Berita terkini dan terpercaya dari " + site.name() + ".",
        site.absolute("/"),
        site.absolute(path));
  }

  /**
   * Writes the feed now; the page cache keeps it until a change names its list's key (an article
   * published, changed or withdrawn in it) or an item's.
   */
  private ResponseEntity<byte[]> feed(
      String listKey,
      Channel channel,
      ArticleQuery query,
      BiFunction<Channel, List<FeedArticle>, byte[]> writer,
      MediaType type) {
    List<FeedArticle> items = articles.latest(query, properties.items());
    List<String> keys = new ArrayList<>(List.of(listKey, Section.ALL));
    items.forEach(a -> keys.add(ArticleKeys.article(a.id())));
    return HttpCaching.respond(
        writer.apply(channel, items),
        type,
        items.isEmpty() ? null : FeedDocuments.lastChange(items),
        Duration.ofSeconds(properties.maxAgeSeconds()),
        keys);
  }
}
