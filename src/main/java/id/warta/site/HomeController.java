package id.warta.site;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
  static final int TOP_STORIES = 4;

  private final PublishedArticles articles;
  private final HomeHeadlines headlines;
  private final SectionRepository sections;
  private final SiteModules modules;
  private final SiteFrames frames;
  private final SiteLayoutProperties layout;
  private final SiteDiscovery discovery;

  HomeController(
      PublishedArticles articles,
      HomeHeadlines headlines,
      SectionRepository sections,
      SiteModules modules,
      SiteFrames frames,
      SiteLayoutProperties layout,
      SiteDiscovery discovery) {
    this.articles = articles;
    this.headlines = headlines;
    this.sections = sections;
    this.modules = modules;
    this.frames = frames;
    this.layout = layout;
    this.discovery = discovery;
  }

  @GetMapping("/")
  String home(HttpServletResponse response, Model model) {
    List<ArticleSummary> top = headlines.stories(TOP_STORIES + 1);
    List<SectionModule> sectionModules = new ArrayList<>();
    Set<String> keys = new HashSet<>(List.of(ArticleKeys.HEADLINES, ArticleKeys.ARTICLES));
    keys.addAll(ArticleKeys.articles(top));
    for (Section section : sections.findAll()) {
      if (section.slug().equals(layout.weekendSection())) {
        continue;
      }
      var list = articles.findPublished(ArticleQuery.section(section.id()), 0, layout.moduleSize());
      keys.add(Section.key(section.id()));
      keys.addAll(ArticleKeys.articles(list));
      if (!list.isEmpty()) {
        sectionModules.add(new SectionModule(section.name(), section.path(), list));
      }
    }
    var frame =
        frames.frame(
            null,
            "Berita terkini dan terpercaya dari "
                + frames.site().name()
                + ": nasional, internasional, ekonomi, olahraga dan humaniora.",
            "/",
            null);
    frame = frame.withMeta(discovery.home(frame.meta()));
    Modules shared = modules.build();
    keys.addAll(shared.keys());
    SitePages.cachePublicly(response, keys);
    model.addAttribute(
        "page",
        new HomePage(
            frame,
            top.isEmpty() ? null : top.getFirst(),
            top.size() > 1 ? top.subList(1, top.size()) : List.of(),
            sectionModules,
            shared,
            layout.excerptLength()));
    return "site/home";
  }
}
