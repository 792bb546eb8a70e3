package id.warta.site;

import id.warta.page.StaticPages;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the layout model of public pages. */
@Component
class SiteFrames {
  private final SiteProperties site;
  private final SectionRepository sections;
  private final StaticPages pages;

  SiteFrames(SiteProperties site, SectionRepository sections, StaticPages pages) {
    this.site = site;
    this.sections = sections;
    this.pages = pages;
  }

  /** The footer's links to the published static pages (key {@code pages}, see SitePages). */
  List<PageFrame.Link> footer() {
    return pages.published().stream().map(p -> new PageFrame.Link(p.title(), p.path())).toList();
  }

  PageFrame frame(String title, String description, String path, String activeSection) {
    return new PageFrame(
        site.name(),
        title,
        description,
        path == null ? null : site.absolute(path),
        sections.findAll(),
        activeSection,
        null,
        false,
        siteFeeds(),
        footer());
  }

  /** Every public page points to the site's feeds. */
  private PageMeta siteFeeds() {
    return new PageMeta(
        "website",
        null,
        List.of(
            new PageMeta.Alternate(
                "application/rss+xml", site.name() + " - RSS", site.absolute("/rss")),
            new PageMeta.Alternate(
                "application/atom+xml", site.name() + " - Atom", site.absolute("/atom.xml")),
            new PageMeta.Alternate(
                "application/feed+json",
                site.name() + " - JSON Feed",
                site.absolute("/feed.json"))),
        List.of(),
        List.of());
  }

  PageFrame withImage(PageFrame frame, String imagePath) {
    return new PageFrame(
        frame.siteName(),
        frame.title(),
        frame.description(),
        frame.canonical(),
        frame.sections(),
        frame.activeSection(),
        imagePath == null ? null : site.absolute(imagePath),
        frame.noIndex(),
        frame.meta(),
        frame.footer());
  }

  /** The frame of an error page; it must render even when the database does not answer. */
  PageFrame error(String title) {
    List<Section> nav;
    List<PageFrame.Link> footer;
    try {
      nav = sections.findAll();
      footer = footer();
    } catch (RuntimeException e) {
      nav = List.of();
      footer = List.of();
    }
    return new PageFrame(site.name(), title, "", null, nav, null, null, true, null, footer);
  }

  SiteProperties site() {
    return site;
  }
}
