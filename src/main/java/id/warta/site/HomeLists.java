package id.warta.site;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.platform.ChangeFeed;
import id.warta.platform.KeyedCache;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the home page lists: the headline stories (the editors' pinned stories in their order,
 * filled up with the latest news when fewer are pinned or pinned ones were unpublished) and each
 * section's latest. Kept until the change feed brings a change to what they show: any publication
 * or withdrawal ({@link ArticleKeys#ARTICLES}), the pinned headlines, the sections, or one of the
 * articles shown (an author or photo corrected). A home page rendered past the page cache then
 * reads nothing from the database while nothing changes, as the modules beside it ({@link
 * SiteModules}).
 */
@Component
class HomeLists {
  static final int TOP_STORIES = 4;

  /** The headline stories (the first is the lead), the sections' modules, the keys of both. */
  record Shown(List<ArticleSummary> top, List<SectionModule> sections, Set<String> keys) {}

  private final PublishedArticles articles;
  private final SectionRepository sectionRepository;
  private final SiteLayoutProperties layout;
  private final KeyedCache<String, Shown> shown;

  HomeLists(
      PublishedArticles articles,
      SectionRepository sections,
      SiteLayoutProperties layout,
      ChangeFeed feed) {
    this.articles = articles;
    this.sectionRepository = sections;
    this.layout = layout;
    this.shown = feed.newCache(1, null);
  }

  Shown shown() {
    return shown.get("home", k -> load());
  }

  private KeyedCache.Loaded<Shown> load() {
    List<ArticleSummary> top = stories(TOP_STORIES + 1);
    List<SectionModule> modules = new ArrayList<>();
    Set<String> keys =
        new HashSet<>(List.of(ArticleKeys.HEADLINES, ArticleKeys.ARTICLES, Section.ALL));
    keys.addAll(ArticleKeys.articles(top));
    for (Section section : sectionRepository.findAll()) {
      if (section.slug().equals(layout.weekendSection())) {
        continue;
      }
      var list = articles.findPublished(ArticleQuery.section(section.id()), 0, layout.moduleSize());
      keys.add(Section.key(section.id()));
      keys.addAll(ArticleKeys.articles(list));
      if (!list.isEmpty()) {
        modules.add(new SectionModule(section.name(), section.path(), list));
      }
    }
    return new KeyedCache.Loaded<>(
        new Shown(List.copyOf(top), List.copyOf(modules), Set.copyOf(keys)), keys);
  }

  private List<ArticleSummary> stories(int count) {
    List<ArticleSummary> stories = new ArrayList<>(articles.findHeadlines());
    if (stories.size() > count) {
      return stories.subList(0, count);
    }
    for (ArticleSummary latest : articles.findPublished(ArticleQuery.ALL, 0, count * 2)) {
      if (stories.size() >= count) {
        break;
      }
      if (stories.stream().noneMatch(s -> s.id() == latest.id())) {
        stories.add(latest);
      }
    }
    return stories;
  }
}
