package id.warta.site;

import id.warta.article.ArticleQuery;
import id.warta.article.ArticleRepository;
import id.warta.channel.ChannelRepository;
import id.warta.epaper.EditionRepository;
import id.warta.platform.CacheTags;
import id.warta.platform.SiteProperties;
import id.warta.popular.MostRead;
import id.warta.section.SectionRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Assembles the modules every article page and the home page show. */
@Service
class SiteModules {
  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final ChannelRepository channels;
  private final EditionRepository editions;
  private final MostRead mostRead;
  private final SiteProperties site;
  private final SiteLayoutProperties layout;

  SiteModules(
      ArticleRepository articles,
      SectionRepository sections,
      ChannelRepository channels,
      EditionRepository editions,
      MostRead mostRead,
      SiteProperties site,
      SiteLayoutProperties layout) {
    this.articles = articles;
    this.sections = sections;
    this.channels = channels;
    this.editions = editions;
    this.mostRead = mostRead;
    this.site = site;
    this.layout = layout;
  }

  Modules build() {
    int size = layout.moduleSize();
    var latest =
        new SectionModule("Berita Terkini", "/indeks", articles.findPublished(ArticleQuery.ALL, 0, size));
    List<ChannelModule> channelModules =
        channels.findEnabled().stream()
            .map(c -> new ChannelModule(c, channels.findItems(c.id(), 0, Math.min(size, c.maxItems()))))
            .toList();
    var popular = new SectionModule("Berita Populer", "/populer", mostRead.top(size));
    SectionModule weekend =
        sections
            .findBySlug(layout.weekendSection())
            .map(
                s ->
                    new SectionModule(
                        "Berita " + s.name(),
                        s.path(),
                        articles.findPublished(ArticleQuery.section(s.id()), 0, size)))
            .orElse(null);
    CacheTags.tag(CacheKeys.LATEST, CacheKeys.POPULAR, CacheKeys.CHANNELS, CacheKeys.EPAPER);
    CacheTags.articles(latest.articles());
    CacheTags.articles(popular.articles());
    if (weekend != null) {
      CacheTags.tag(CacheKeys.WEEKEND);
      CacheTags.articles(weekend.articles());
    }
    return new Modules(
        editions.findLatestReady().orElse(null),
        latest,
        channelModules,
        popular,
        weekend,
        site.dates(),
        site.name());
  }
}
