package id.warta.site;

import id.warta.article.Article;
import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.feed.FeedPaths;
import id.warta.feed.StructuredData;
import id.warta.feed.StructuredData.Crumb;
import id.warta.liveblog.LiveView;
import id.warta.liveblog.LiveViews;
import id.warta.media.MediaAsset;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What pages tell search engines, social networks and feed readers: Open Graph article properties,
 * feed links and schema.org JSON-LD, page kind by page kind.
 */
@Component
class SiteDiscovery {
  private final StructuredData structuredData;
  private final SiteProperties site;

  SiteDiscovery(StructuredData structuredData, SiteProperties site) {
    this.structuredData = structuredData;
    this.site = site;
  }

  PageMeta article(
      PageMeta meta,
      Article article,
      Section section,
      String path,
      List<Author> authors,
      List<Tag> tags,
      MediaAsset image,
      LiveView live) {
    List<PageMeta.Property> properties = new ArrayList<>();
    properties.add(
        new PageMeta.Property("article:published_time", site.dates().iso(article.publishedAt())));
    properties.add(
        new PageMeta.Property("article:modified_time", site.dates().iso(article.updatedAt())));
    properties.add(new PageMeta.Property("article:section", section.name()));
    for (Author author : authors) {
      properties.add(new PageMeta.Property("article:author", site.absolute(author.path())));
    }
    for (Tag tag : tags) {
      properties.add(new PageMeta.Property("article:tag", tag.name()));
    }
    var described =
        new StructuredData.Article(
            path,
            article.seo().titleOr(article.title()),
            article.seo().descriptionOr(article.lead()),
            article.publishedAt(),
            live == null || live.lastUpdate().isBefore(article.updatedAt())
                ? article.updatedAt()
                : live.lastUpdate(),
            authors,
            section.name(),
            tags.stream().map(Tag::name).toList(),
            image);
    String newsArticle =
        live == null
            ? structuredData.newsArticle(described)
            : structuredData.liveBlogPosting(described, coverage(live));
    String trail =
        structuredData.breadcrumbs(
            List.of(
                new Crumb("Beranda", "/"),
                new Crumb(section.name(), section.path()),
                new Crumb(article.title(), path)));
    PageMeta shown =
        meta.withType("article", image == null ? null : image.altText())
            .plusProperties(properties)
            .plusAlternate(sectionFeed(section))
            .plusStructuredData(List.of(newsArticle, trail));
    return live == null
        ? shown
        : shown.plusAlternate(
            new PageMeta.Alternate(
                "application/rss+xml",
                "Liputan langsung: " + article.title() + " - RSS",
                site.absolute(live.feedPath())));
  }

  private static StructuredData.LiveCoverage coverage(LiveView live) {
    return new StructuredData.LiveCoverage(
        live.startedAt(),
        live.endedAt(),
        // The newest updates, as many as the fragment holds: a long blog keeps its page's head
        // small.
        live.entries().stream()
            .limit(LiveViews.FRAGMENT_SIZE)
            .map(
                e ->
                    new StructuredData.LiveUpdate(e.anchor(), e.headline(), e.text(), e.postedAt()))
            .toList());
  }

  PageMeta home(PageMeta meta) {
    return meta.plusStructuredData(
        List.of(structuredData.organization(), structuredData.webSite()));
  }

  PageMeta section(PageMeta meta, Section section, String heading) {
    return meta.plusAlternate(sectionFeed(section))
        .plusStructuredData(
            List.of(
                structuredData.organization(),
                structuredData.breadcrumbs(
                    List.of(new Crumb("Beranda", "/"), new Crumb(heading, section.path())))));
  }

  PageMeta tag(PageMeta meta, Tag tag) {
    return meta.plusAlternate(
            new PageMeta.Alternate(
                "application/rss+xml",
                "Topik " + tag.name() + " - RSS",
                site.absolute(FeedPaths.tag(tag))))
        .plusStructuredData(List.of(trail("Topik: " + tag.name(), tag.path())));
  }

  PageMeta author(PageMeta meta, Author author) {
    return meta.plusAlternate(
            new PageMeta.Alternate(
                "application/rss+xml",
                author.name() + " - RSS",
                site.absolute(FeedPaths.author(author))))
        .plusStructuredData(List.of(trail(author.name(), author.path())));
  }

  /** A list page's trail: the home page, then the page. */
  PageMeta list(PageMeta meta, String heading, String path) {
    return meta.plusStructuredData(List.of(trail(heading, path)));
  }

  private String trail(String heading, String path) {
    return structuredData.breadcrumbs(List.of(new Crumb("Beranda", "/"), new Crumb(heading, path)));
  }

  private PageMeta.Alternate sectionFeed(Section section) {
    return new PageMeta.Alternate(
        "application/rss+xml",
        section.name() + " - RSS",
        site.absolute(FeedPaths.section(section)));
  }
}
