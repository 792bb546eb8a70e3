package id.warta.site;

import id.warta.article.Article;
import id.warta.article.ArticleReading;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSeo;
import id.warta.article.ArticleSummary;
import id.warta.article.Tag;
import id.warta.article.WholeArticle;
import id.warta.article.WholeArticles;
import id.warta.author.Author;
import id.warta.liveblog.LiveView;
import id.warta.liveblog.LiveViews;
import id.warta.media.MediaAsset;
import id.warta.media.Rendition;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageKeys;
import id.warta.platform.PageViews;
import id.warta.popular.PageViewCounter;
import id.warta.search.RelatedArticles;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.view.RedirectView;

/** The article page at /{section}/{id}/{slug}; any other spelling of the URL redirects to it. */
@Controller
class ArticleController {
  private static final Duration UPDATE_SHOWN_AFTER = Duration.ofMinutes(1);

  private final ArticleRepository articles;
  private final WholeArticles wholeArticles;
  private final SectionRepository sections;
  private final ArticleBodyRenderer bodies;
  private final SiteModules modules;
  private final SiteFrames frames;
  private final PageViewCounter views;
  private final SiteLayoutProperties layout;
  private final SiteDiscovery discovery;
  private final RelatedArticles related;
  private final LiveViews live;

  ArticleController(
      ArticleRepository articles,
      WholeArticles wholeArticles,
      SectionRepository sections,
      ArticleBodyRenderer bodies,
      SiteModules modules,
      SiteFrames frames,
      PageViewCounter views,
      SiteLayoutProperties layout,
      SiteDiscovery discovery,
      RelatedArticles related,
      LiveViews live) {
    this.articles = articles;
    this.wholeArticles = wholeArticles;
    this.sections = sections;
    this.bodies = bodies;
    this.modules = modules;
    this.frames = frames;
    this.views = views;
    this.layout = layout;
    this.discovery = discovery;
    this.related = related;
    this.live = live;
  }

  @GetMapping("/{section:[a-z0-9-]+}/{id:[0-9]+}")
  RedirectView withoutSlug(@PathVariable String section, @PathVariable long id) {
    return redirectToCanonical(load(id));
  }

  @GetMapping("/{section:[a-z0-9-]+}/{id:[0-9]+}/{slug}")
  Object article(
      @PathVariable String section,
      @PathVariable long id,
      @PathVariable String slug,
      @RequestHeader(value = HttpHeaders.USER_AGENT, required = false) String userAgent,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Article article = load(id);
    Section home = section(article.sectionId());
    if (!home.slug().equals(section) || !article.slug().equals(slug)) {
      return redirectToCanonical(article, home);
    }
    if (PageViews.isView(request)) {
      views.record(article.id(), userAgent);
    }
    PageKeys.countsViewOf(request, article.id());
    ArticlePage page = page(article, home);
    SitePages.cachePublicly(response, page.keys());
    model.addAttribute("page", page);
    return "site/article";
  }

  ArticlePage page(Article article, Section section) {
    IndonesianDates dates = frames.site().dates();
    // One read model: the article's row (already read), and what is beside it (bylines, tags,
    // corrections, chosen links, photos) in one statement. The rest is shared and comes from
    // caches.
    ArticleReading reading = wholeArticles.reading(article);
    ArticleSeo seo = article.seo();
    MediaAsset image = reading.photo(article.leadMediaId());
    String path = ArticleSummary.path(section.slug(), article.id(), article.slug());
    // Search results and shares show the SEO fields, falling back to the title, lead and photo.
    MediaAsset sharedPhoto = reading.photo(seo.imageId());
    MediaAsset shared = sharedPhoto == null ? image : sharedPhoto;
    PageFrame frame =
        frames.frame(
            seo.titleOr(article.title()), seo.descriptionOr(article.lead()), path, section.slug());
    if (shared != null) {
      frame = frames.withImage(frame, shared.url(Rendition.LARGE));
    }
    WholeArticle whole = reading.whole();
    List<Author> authors = whole.authors();
    List<Tag> tags = whole.tags();
    LiveView liveBlog = live.forPage(article.id(), path).orElse(null);
    frame =
        frame.withMeta(
            discovery.article(
                frame.meta(), article, section, path, authors, tags, shared, liveBlog));
    // The editor's choices first; similar articles fill the list and, when none was chosen, the
    // inline link.
    RelatedArticles.Choice related =
        this.related.choose(
            article.id(),
            article.sectionId(),
            reading.readAlso(),
            reading.related(),
            layout.relatedSize());
    boolean updated = article.updatedAt().isAfter(article.publishedAt().plus(UPDATE_SHOWN_AFTER));
    return new ArticlePage(
        frame,
        article.id(),
        article.title(),
        article.lead(),
        dates.dateLine(article.publishedAt()),
        dates.iso(article.publishedAt()),
        updated ? dates.dateLine(article.updatedAt()) : null,
        authors,
        section,
        image,
        bodies.render(article),
        related.readAlso(),
        related.list(),
        tags,
        modules.build(),
        layout.excerptLength(),
        reading.corrections().stream()
            .map(
                c ->
                    new ArticlePage.CorrectionNote(
                        dates.dateLine(c.createdAt()), dates.iso(c.createdAt()), c.note()))
            .toList(),
        liveBlog);
  }

  private Article load(long id) {
    return articles
        .findById(id)
        .filter(Article::isPublished)
        .orElseThrow(() -> new NotFoundException("Artikel tidak ditemukan."));
  }

  /** From the cached list of sections (every page shows it), not a statement per render. */
  private Section section(long id) {
    return sections.findAll().stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .or(() -> sections.findById(id))
        .orElseThrow(() -> new IllegalStateException("article without section"));
  }

  private RedirectView redirectToCanonical(Article article) {
    Section section = section(article.sectionId());
    return redirectToCanonical(article, section);
  }

  private static RedirectView redirectToCanonical(Article article, Section section) {
    var view = new RedirectView(ArticleSummary.path(section.slug(), article.id(), article.slug()));
    view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    view.setExposeModelAttributes(false);
    return view;
  }
}
