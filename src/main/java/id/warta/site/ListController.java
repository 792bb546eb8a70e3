package id.warta.site;

import id.warta.article.ArticleCursor;
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
import id.warta.platform.BadRequestException;
import id.warta.platform.ChangeFeed;
import id.warta.platform.IndonesianDates;
import id.warta.platform.KeyedCache;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
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
import org.springframework.web.servlet.view.RedirectView;

/** Section, tag, author, Indeks and Berita Populer pages: lists of articles, newest first. */
@Controller
class ListController {
  static final int POPULAR_SIZE = 20;

  /**
   * Pages with numbers ("?halaman=N", counted and read from the list's start); past them, pages
   * start from a position ("?sebelum=..."), so a page deep in a long list costs what the first
   * does.
   */
  static final int NUMBERED_PAGES = 10;

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

  /**
   * Each list's first page, the one most asked for: kept until the change feed brings a change to
   * what it shows (any publication or withdrawal, the list's own key, the sections, one of its
   * articles), so a first page past the page cache reads nothing from the database for its items.
   */
  private final KeyedCache<FirstPageKey, FirstPage> firstPages;

  private record FirstPageKey(ArticleQuery query, String listKey, int size) {}

  /** How many match, counted up to the numbered pages, and the first page's articles. */
  private record FirstPage(long counted, List<ArticleSummary> items) {}

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
      MediaRepository media,
      ChangeFeed feed) {
    this.media = media;
    this.firstPages = feed.newCache(2_000, null);
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
  Object section(
      @PathVariable String slug,
      @RequestParam(name = "halaman", required = false) PageNumber page,
      @RequestParam(name = "sebelum", required = false) String before,
      @RequestParam(name = "sesudah", required = false) String after,
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
        new Position(page, before, after),
        null,
        meta -> discovery.section(meta, section, heading));
  }

  @GetMapping("/tag/{slug}")
  Object tag(
      @PathVariable String slug,
      @RequestParam(name = "halaman", required = false) PageNumber page,
      @RequestParam(name = "sebelum", required = false) String before,
      @RequestParam(name = "sesudah", required = false) String after,
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
        new Position(page, before, after),
        null,
        meta -> discovery.tag(meta, tag));
  }

  @GetMapping("/penulis/{slug}")
  Object author(
      @PathVariable String slug,
      @RequestParam(name = "halaman", required = false) PageNumber page,
      @RequestParam(name = "sebelum", required = false) String before,
      @RequestParam(name = "sesudah", required = false) String after,
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
        new Position(page, before, after),
        null,
        meta -> discovery.author(meta, author));
  }

  @GetMapping("/indeks")
  Object index(
      @RequestParam(name = "tanggal", required = false) String date,
      @RequestParam(name = "halaman", required = false) PageNumber page,
      @RequestParam(name = "sebelum", required = false) String before,
      @RequestParam(name = "sesudah", required = false) String after,
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
        new Position(page, before, after),
        day,
        meta -> discovery.list(meta, "Indeks Berita", "/indeks"));
  }

  @GetMapping("/populer")
  String popular(HttpServletResponse response, Model model) {
    List<ArticleSummary> top = mostRead.top(POPULAR_SIZE);
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
            top,
            ListPage.Pager.NONE,
            false,
            null,
            null,
            shared,
            layout.excerptLength()));
    return "site/list";
  }

  private Object list(
      Model model,
      HttpServletResponse response,
      String heading,
      String intro,
      String description,
      String path,
      String activeSection,
      ArticleQuery query,
      String listKey,
      Position position,
      LocalDate day,
      UnaryOperator<PageMeta> meta) {
    int size = layout.pageSize();
    IndonesianDates dates = frames.site().dates();
    List<ArticleSummary> items;
    ListPage.Pager pager;
    String title;
    String here;
    if (position.before() == null && position.after() == null) {
      int page = position.page() == null ? 1 : position.page().value();
      if (page > NUMBERED_PAGES) {
        throw new NotFoundException(
            "Halaman " + page + " tidak ada; berita lama dibuka lewat tautan Berikutnya.");
      }
      long counted;
      if (page == 1) {
        FirstPage first = firstPage(query, listKey, size);
        counted = first.counted();
        items = first.items();
      } else {
        counted = counted(query, size);
        Paging.requirePage(page, size, counted);
        items = articles.findPublished(query, Paging.offset(page, size), size);
      }
      boolean more = counted > (long) page * size;
      String next =
          !more
              ? null
              : page < NUMBERED_PAGES
                  ? pagePath(path, day, "halaman", String.valueOf(page + 1))
                  : older(path, day, items);
      String label =
          counted > (long) NUMBERED_PAGES * size
              ? "Halaman " + page
              : "Halaman " + page + " dari " + Paging.pages(size, counted);
      pager =
          new ListPage.Pager(
              page == 1 ? null : pagePath(path, day, "halaman", page > 2 ? "" + (page - 1) : null),
              label,
              next);
      title = page > 1 ? heading + " - Halaman " + page : heading;
      here = page > 1 ? pagePath(path, day, "halaman", String.valueOf(page)) : pagePath(path, day);
    } else if (position.page() != null || (position.before() != null && position.after() != null)) {
      throw new BadRequestException("Pilih satu: nomor halaman atau posisi.");
    } else if (position.before() != null) {
      ArticleCursor cursor = ArticleCursor.parse(position.before());
      List<ArticleSummary> found = articles.findOlder(query, cursor, size + 1);
      if (found.isEmpty()) {
        throw new NotFoundException("Tidak ada berita yang lebih lama.");
      }
      items = found.subList(0, Math.min(size, found.size()));
      String label = "Sebelum " + dates.dateLine(cursor.publishedAt());
      pager =
          new ListPage.Pager(
              pagePath(path, day, "sesudah", ArticleCursor.of(items.getFirst()).token()),
              label,
              found.size() > size ? older(path, day, items) : null);
      title = heading + " - " + label;
      here = pagePath(path, day, "sebelum", cursor.token());
    } else {
      ArticleCursor cursor = ArticleCursor.parse(position.after());
      List<ArticleSummary> found = articles.findNewer(query, cursor, size + 1);
      if (found.size() <= size) {
        // What is newer fits on the first page.
        var view = new RedirectView(pagePath(path, day));
        view.setExposeModelAttributes(false);
        return view;
      }
      items = found.subList(1, found.size());
      String label = "Sesudah " + dates.dateLine(cursor.publishedAt());
      pager =
          new ListPage.Pager(
              pagePath(path, day, "sesudah", ArticleCursor.of(items.getFirst()).token()),
              label,
              older(path, day, items));
      title = heading + " - " + label;
      here = pagePath(path, day, "sesudah", cursor.token());
    }
    var frame = withMeta(frames.frame(title, description, here, activeSection), meta);
    Modules shared = modules.build();
    Set<String> keys = new HashSet<>(ArticleKeys.articles(items));
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
            items,
            pager,
            day != null || "/indeks".equals(path),
            day,
            day == null ? null : dates.day(day),
            shared,
            layout.excerptLength()));
    return "site/list";
  }

  private FirstPage firstPage(ArticleQuery query, String listKey, int size) {
    return firstPages.get(
        new FirstPageKey(query, listKey, size),
        key -> {
          var items = articles.findPublished(query, 0, size);
          Set<String> keys = new HashSet<>(ArticleKeys.articles(items));
          keys.addAll(List.of(listKey, ArticleKeys.ARTICLES, Section.ALL));
          return new KeyedCache.Loaded<>(new FirstPage(counted(query, size), items), keys);
        });
  }

  /** Counting stops past the numbered pages: a long list is never counted whole. */
  private long counted(ArticleQuery query, int size) {
    return articles.countPublished(query, (long) NUMBERED_PAGES * size + 1);
  }

  /** How a reader asked for a page: by number, or after or before a position. */
  private record Position(PageNumber page, String before, String after) {}

  private static String older(String path, LocalDate day, List<ArticleSummary> items) {
    return pagePath(path, day, "sebelum", ArticleCursor.of(items.getLast()).token());
  }

  private static PageFrame withMeta(PageFrame frame, UnaryOperator<PageMeta> meta) {
    return frame.withMeta(meta.apply(frame.meta()));
  }

  private static String pagePath(String path, LocalDate day) {
    return pagePath(path, day, "halaman", null);
  }

  /** The list's path with the Indeks's day and one more parameter, when it has a value. */
  private static String pagePath(String path, LocalDate day, String name, String value) {
    String result = path;
    String sep = "?";
    if (day != null) {
      result += sep + "tanggal=" + day;
      sep = "&";
    }
    return value == null ? result : result + sep + name + "=" + value;
  }
}
