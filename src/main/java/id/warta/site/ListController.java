package id.warta.site;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.Tag;
import id.warta.article.TagRepository;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaRepository;
import id.warta.media.Rendition;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.Paging;
import id.warta.popular.MostRead;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Section, tag, author, Indeks and Berita Populer pages: lists of articles, newest first. */
@Controller
class ListController {
  static final int POPULAR_SIZE = 20;

  private final PublishedArticles articles;
  private final SectionRepository sections;
  private final TagRepository tags;
  private final AuthorRepository authors;
  private final MostRead mostRead;
  private final SiteModules modules;
  private final SiteFrames frames;
  private final SiteLayoutProperties layout;
  private final SiteDiscovery discovery;
  private final MediaRepository media;

  ListController(
      PublishedArticles articles,
      SectionRepository sections,
      TagRepository tags,
      AuthorRepository authors,
      MostRead mostRead,
      SiteModules modules,
      SiteFrames frames,
      SiteLayoutProperties layout,
      SiteDiscovery discovery,
      MediaRepository media) {
    this.media = media;
    this.articles = articles;
    this.sections = sections;
    this.tags = tags;
    this.authors = authors;
    this.mostRead = mostRead;
    this.modules = modules;
    this.frames = frames;
    this.layout = layout;
    this.discovery = discovery;
  }

  @GetMapping("/{slug:[a-z0-9-]+}")
  String section(
      @PathVariable String slug,
      @RequestParam(name = "halaman", required = false) String page,
      HttpServletResponse response,
      Model model) {
    Section section =
        sections
            .findBySlug(slug)
            .orElseThrow(() -> new NotFoundException("Kanal tidak ditemukan."));
    String heading =
        section.slug().equals(layout.weekendSection())
            ? "Berita " + section.name()
            : section.name();
    String description =
        section.description().isBlank()
            ? "Berita " + section.name() + " terkini dari " + frames.site().name() + "."
            : section.description();
    return list(
        model,
        response,
        heading,
        section.description(),
        description,
        section.path(),
        section.slug(),
        ArticleQuery.section(section.id()),
        Section.key(section.id()),
        page,
        null,
        meta -> discovery.section(meta, section, heading));
  }

  @GetMapping("/tag/{slug}")
  String tag(
      @PathVariable String slug,
      @RequestParam(name = "halaman", required = false) String page,
      HttpServletResponse response,
      Model model) {
    Tag tag =
        tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("Topik tidak ditemukan."));
    return list(
        model,
        response,
        "Topik: " + tag.name(),
        "",
        "Kumpulan berita tentang " + tag.name() + ".",
        tag.path(),
        null,
        ArticleQuery.tag(tag.id()),
        ArticleKeys.tag(tag.id()),
        page,
        null,
        meta -> discovery.tag(meta, tag));
  }

  @GetMapping("/penulis/{slug}")
  String author(
      @PathVariable String slug,
      @RequestParam(name = "halaman", required = false) String page,
      HttpServletResponse response,
      Model model) {
    var profile =
        authors
            .findProfileBySlug(slug)
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    Author author = profile.author();
    var photo =
        profile.photoMediaId() == null ? null : media.findById(profile.photoMediaId()).orElse(null);
    model.addAttribute(
        "author",
        new AuthorCard(
            photo == null ? null : photo.url(Rendition.SMALL),
            photo == null ? "" : (photo.altText().isBlank() ? author.name() : photo.altText()),
            profile.linkList()));
    return list(
        model,
        response,
        author.name(),
        author.bio(),
        "Berita yang ditulis oleh " + author.name() + ".",
        author.path(),
        null,
        ArticleQuery.author(author.id()),
        Author.key(author.id()),
        page,
        null,
        meta -> discovery.author(meta, author));
  }

  @GetMapping("/indeks")
  String index(
      @RequestParam(name = "tanggal", required = false) String date,
      @RequestParam(name = "halaman", required = false) String page,
      HttpServletResponse response,
      Model model) {
    LocalDate day = SitePages.parseDate(date);
    IndonesianDates dates = frames.site().dates();
    ArticleQuery query =
        day == null
            ? ArticleQuery.ALL
            : ArticleQuery.between(dates.startOfDay(day), dates.startOfDay(day.plusDays(1)));
    String heading = day == null ? "Indeks Berita" : "Indeks Berita " + dates.day(day);
    return list(
        model,
        response,
        heading,
        "",
        "Semua berita " + frames.site().name() + ", terbaru lebih dulu.",
        "/indeks",
        null,
        query,
        ArticleKeys.ARTICLES,
        page,
        day,
        meta -> discovery.list(meta, "Indeks Berita", "/indeks"));
  }

  @GetMapping("/populer")
  String popular(HttpServletResponse response, Model model) {
    List<ArticleSummary> top = mostRead.top(POPULAR_SIZE);
    var paging = new Paging<>(top, 1, POPULAR_SIZE, top.size());
    // Berita Populer moves with views, not edits: the page cache's time to live refreshes it.
    Modules shared = modules.build();
    Set<String> keys = new HashSet<>(ArticleKeys.articles(top));
    keys.addAll(shared.keys());
    SitePages.cachePublicly(response, keys);
    model.addAttribute(
        "page",
        new ListPage(
            withMeta(
                frames.frame(
                    "Berita Populer", "Berita yang paling banyak dibaca.", "/populer", null),
                meta -> discovery.list(meta, "Berita Populer", "/populer")),
            "Berita Populer",
            "Paling banyak dibaca dalam 24 jam terakhir.",
            "/populer",
            paging,
            false,
            null,
            null,
            shared,
            layout.excerptLength()));
    return "site/list";
  }

  private String list(
      Model model,
      HttpServletResponse response,
      String heading,
      String intro,
      String description,
      String path,
      String activeSection,
      ArticleQuery query,
      String listKey,
      String rawPage,
      LocalDate day,
      UnaryOperator<PageMeta> meta) {
    int page = Paging.parsePage(rawPage);
    int size = layout.pageSize();
    long total = articles.countPublished(query);
    Paging.requirePage(page, size, total);
    var paging =
        new Paging<>(
            articles.findPublished(query, Paging.offset(page, size), size), page, size, total);
    String title = page > 1 ? heading + " - Halaman " + page : heading;
    var frame =
        withMeta(
            frames.frame(title, description, pathWithPage(path, day, page), activeSection), meta);
    Modules shared = modules.build();
    Set<String> keys = new HashSet<>(ArticleKeys.articles(paging.items()));
    keys.add(listKey);
    keys.addAll(shared.keys());
    SitePages.cachePublicly(response, keys);
    model.addAttribute(
        "page",
        new ListPage(
            frame,
            heading,
            intro,
            path,
            paging,
            day != null || "/indeks".equals(path),
            day,
            day == null ? null : frames.site().dates().day(day),
            shared,
            layout.excerptLength()));
    return "site/list";
  }

  private static PageFrame withMeta(PageFrame frame, UnaryOperator<PageMeta> meta) {
    return frame.withMeta(meta.apply(frame.meta()));
  }

  private static String pathWithPage(String path, LocalDate day, int page) {
    String result = path;
    String sep = "?";
    if (day != null) {
      result += sep + "tanggal=" + day;
      sep = "&";
    }
    return page > 1 ? result + sep + "halaman=" + page : result;
  }
}
