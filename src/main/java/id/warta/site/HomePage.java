package id.warta.site;

import id.warta.article.ArticleSummary;
import java.util.List;

/**
 * The home page.
 *
 * @param headline the lead story (curated, or the latest when nothing is pinned)
 * @param topStories the other curated headline stories
 * @param sectionModules one module for each section, Weekend among them
 */
public record HomePage(
    PageFrame frame,
    ArticleSummary headline,
    List<ArticleSummary> topStories,
    List<SectionModule> sectionModules,
    Modules modules,
    int excerptLength) {

  public boolean hasHeadline() {
    return headline != null;
  }
}
