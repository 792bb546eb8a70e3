package id.warta.api;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.PublishedSpan;
import id.warta.article.Tag;
import id.warta.article.TagRepository;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.feed.FeedArticle;
import id.warta.feed.FeedArticles;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.BadRequestException;
import id.warta.platform.HttpCaching;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
import id.warta.platform.Paging;
import id.warta.platform.RequestNumbers;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The public, read-only JSON API. */
@RestController
class ApiController {
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  private final PublishedArticles articles;
  private final FeedArticles whole;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final TagRepository tags;
  private final Ninjs ninjs;
  private final SiteProperties site;
  private final JsonMapper json;

  ApiController(
      PublishedArticles articles,
      FeedArticles whole,
      SectionRepository sections,
      AuthorRepository authors,
      TagRepository tags,
      Ninjs ninjs,
      SiteProperties site,
      JsonMapper json) {
    this.articles = articles;
    this.whole = whole;
    this.sections = sections;
    this.authors = authors;
    this.tags = tags;
    this.ninjs = ninjs;
    this.site = site;
    this.json = json;
  }

  @GetMapping("/api/articles")
  ResponseEntity<byte[]> articles(
      @RequestParam(name = "page", defaultValue = "1") PageNumber pageNumber,
      @RequestParam(name = "size", required = false) String rawSize,
      @RequestParam(name = "section", required = false) String section,
      @RequestParam(name = "tag", required = false) String tag,
      @RequestParam(name = "author", required = false) String author) {
    int page = pageNumber.value();
    int size = parseSize(rawSize);
    Long sectionId =
        section == null
            ? null
            : sections
                .findBySlug(section)
                .orElseThrow(
                    () -> new NotFoundException("Kanal '" + section + "' tidak ditemukan."))
                .id();
    Long tagId =
        tag == null
            ? null
            : tags.findBySlug(tag)
                .orElseThrow(() -> new NotFoundException("Topik '" + tag + "' tidak ditemukan."))
                .id();
    Long authorId =
        author == null
            ? null
            : authors
                .findBySlug(author)
                .orElseThrow(
                    () -> new NotFoundException("Penulis '" + author + "' tidak ditemukan."))
                .id();
    var query = new ArticleQuery(sectionId, tagId, authorId, null, null);
    PublishedSpan span = articles.publishedSpan(query);
    Paging.requirePage(page, size, span.count());
    List<ApiModel.Summary> items =
        articles.findPublished(query, Paging.offset(page, size), size).stream()
            .map(this::summary)
            .toList();
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("section", section);
    filters.put("tag", tag);
    filters.put("author", author);
    var body =
        page(items, page, size, span.count(), p -> listUrl("/api/articles", p, size, filters));
    return respond(body, span.lastUpdated());
  }

  @GetMapping("/api/articles/{id}")
  ResponseEntity<byte[]> article(@PathVariable long id) {
    FeedArticle a = load(id);
    var body =
        new ApiModel.Article(
            a.id(),
            a.title(),
            a.url(),
            a.lead(),
            a.bodyHtml(),
            a.authors().stream().map(this::author).toList(),
            section(a.section()),
            a.tags().stream().map(this::tag).toList(),
            site.dates().iso(a.publishedAt()),
            site.dates().iso(a.updatedAt()),
            a.hasImage() ? image(a.image()) : null,
            site.absolute("/api/articles/" + a.id() + "/ninjs"));
    return respond(body, a.updatedAt());
  }

  @GetMapping("/api/articles/{id}/ninjs")
  ResponseEntity<byte[]> articleNinjs(@PathVariable long id) {
    FeedArticle a = load(id);
    return respond(ninjs.of(a), a.updatedAt());
  }

  @GetMapping("/api/sections")
  ResponseEntity<byte[]> sections(
      @RequestParam(name = "page", defaultValue = "1") PageNumber page,
      @RequestParam(name = "size", required = false) String rawSize) {
    return inMemoryList(
        "/api/sections", sections.findAll().stream().map(this::section).toList(), page, rawSize);
  }

  @GetMapping("/api/sections/{slug}")
  ResponseEntity<byte[]> section(@PathVariable String slug) {
    var section =
        sections
            .findBySlug(slug)
            .orElseThrow(() -> new NotFoundException("Kanal tidak ditemukan."));
    return respond(
        section(section), articles.publishedSpan(ArticleQuery.section(section.id())).lastUpdated());
  }

  @GetMapping("/api/authors")
  ResponseEntity<byte[]> authors(
      @RequestParam(name = "page", defaultValue = "1") PageNumber page,
      @RequestParam(name = "size", required = false) String rawSize) {
    return inMemoryList(
        "/api/authors", authors.findAll().stream().map(this::author).toList(), page, rawSize);
  }

  @GetMapping("/api/authors/{slug}")
  ResponseEntity<byte[]> author(@PathVariable String slug) {
    var author =
        authors
            .findBySlug(slug)
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    return respond(
        author(author), articles.publishedSpan(ArticleQuery.author(author.id())).lastUpdated());
  }

  @GetMapping("/api/tags")
  ResponseEntity<byte[]> tags(
      @RequestParam(name = "page", defaultValue = "1") PageNumber pageNumber,
      @RequestParam(name = "size", required = false) String rawSize) {
    int page = pageNumber.value();
    int size = parseSize(rawSize);
    long total = tags.countUsed();
    Paging.requirePage(page, size, total);
    var items = tags.findUsed(Paging.offset(page, size), size).stream().map(this::tag).toList();
    return respond(
        page(items, page, size, total, p -> listUrl("/api/tags", p, size, Map.of())),
        articles.publishedSpan(ArticleQuery.ALL).lastUpdated());
  }

  @GetMapping("/api/tags/{slug}")
  ResponseEntity<byte[]> tag(@PathVariable String slug) {
    var tag =
        tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("Topik tidak ditemukan."));
    return respond(tag(tag), articles.publishedSpan(ArticleQuery.tag(tag.id())).lastUpdated());
  }

  private <T> ResponseEntity<byte[]> inMemoryList(
      String path, List<T> all, PageNumber pageNumber, String rawSize) {
    int page = pageNumber.value();
    int size = parseSize(rawSize);
    Paging.requirePage(page, size, all.size());
    int from = (int) Math.min(all.size(), Paging.offset(page, size));
    int to = Math.min(all.size(), from + size);
    return respond(
        page(all.subList(from, to), page, size, all.size(), p -> listUrl(path, p, size, Map.of())),
        null);
  }

  private FeedArticle load(long id) {
    return whole
        .find(id)
        .orElseThrow(() -> new NotFoundException("Artikel " + id + " tidak ditemukan."));
  }

  static int parseSize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return DEFAULT_SIZE;
    }
    Supplier<BadRequestException> invalid =
        () ->
            new BadRequestException("Ukuran halaman harus berupa angka 1 sampai " + MAX_SIZE + ".");
    int size = RequestNumbers.number(raw, 3, invalid);
    if (size < 1 || size > MAX_SIZE) {
      throw invalid.get();
    }
    return size;
  }

  private <T> ApiModel.Page<T> page(
      List<T> items, int page, int size, long total, IntFunction<String> url) {
    int totalPages = (int) Math.max(1, (total + size - 1) / size);
    var links =
        new ApiModel.Links(
            url.apply(page),
            url.apply(1),
            page > 1 ? url.apply(page - 1) : null,
            page < totalPages ? url.apply(page + 1) : null,
            url.apply(totalPages));
    return new ApiModel.Page<>(items, page, size, total, totalPages, links);
  }

  private String listUrl(String path, int page, int size, Map<String, String> filters) {
    StringBuilder url = new StringBuilder(site.absolute(path)).append("?page=").append(page);
    if (size != DEFAULT_SIZE) {
      url.append("&size=").append(size);
    }
    filters.forEach(
        (name, value) -> {
          if (value != null) {
            url.append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return url.toString();
  }

  /**
   * Every answer is made of published articles and sections (an author or tag is listed through its
   * articles), so it carries the keys that any change to them records.
   */
  private ResponseEntity<byte[]> respond(Object body, Instant lastModified) {
    return HttpCaching.respond(
        json.writeValueAsBytes(body),
        MediaType.APPLICATION_JSON,
        lastModified,
        MAX_AGE,
        List.of(ArticleKeys.ARTICLES, Section.ALL));
  }

  private ApiModel.Summary summary(ArticleSummary a) {
    return new ApiModel.Summary(
        a.id(),
        a.title(),
        site.absolute(a.path()),
        a.lead(),
        a.sectionSlug(),
        site.dates().iso(a.publishedAt()),
        site.dates().iso(a.updatedAt()),
        a.hasImage()
            ? image(a.image().fileKey(), a.image().credit(), null, a.image().altText())
            : null,
        site.absolute("/api/articles/" + a.id()));
  }

  private ApiModel.Image image(MediaAsset image) {
    return image(image.fileKey(), image.credit(), image.caption(), image.altText());
  }

  private ApiModel.Image image(String fileKey, String credit, String caption, String alt) {
    return new ApiModel.Image(
        credit,
        caption,
        alt,
        Arrays.stream(Rendition.values())
            .map(
                r ->
                    new ApiModel.Rendition(
                        renditionName(r), site.absolute(r.url(fileKey)), r.width(), r.height()))
            .toList());
  }

  static String renditionName(Rendition r) {
    return switch (r) {
      case WIDE -> "16x9";
      case STANDARD -> "4x3";
      case SQUARE -> "1x1";
      default -> r.name().toLowerCase(Locale.ROOT);
    };
  }

  private ApiModel.Section section(Section s) {
    return new ApiModel.Section(
        s.slug(),
        s.name(),
        s.description(),
        site.absolute(s.path()),
        site.absolute("/api/sections/" + s.slug()));
  }

  private ApiModel.Author author(Author a) {
    return new ApiModel.Author(
        a.slug(),
        a.name(),
        a.bio(),
        site.absolute(a.path()),
        site.absolute("/api/authors/" + a.slug()));
  }

  private ApiModel.Tag tag(Tag t) {
    return new ApiModel.Tag(
        t.slug(), t.name(), site.absolute(t.path()), site.absolute("/api/tags/" + t.slug()));
  }
}
