package id.warta.site;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleQuery;
import id.warta.article.PublishedArticles;
import id.warta.channel.ChannelRepository;
import id.warta.channel.PartnerChannel;
import id.warta.epaper.Edition;
import id.warta.epaper.EditionRepository;
import id.warta.liveblog.LiveViews;
import id.warta.platform.ChangeFeed;
import id.warta.platform.KeyedCache;
import id.warta.platform.SiteProperties;
import id.warta.popular.MostRead;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Assembles the modules every article page and the home page show, kept by the change feed. */
@Service
class SiteModules {
  private final PublishedArticles articles;
  private final SectionRepository sections;
  private final ChannelRepository channels;
  private final EditionRepository editions;
  private final MostRead mostRead;
  private final SiteProperties site;
  private final SiteLayoutProperties layout;
  private final LiveViews live;

  /**
   * The same modules stand on every page: assembled once and kept until a change to what they show
   * (from the change feed) or for a few seconds: Berita Populer moves with views, not edits.
   */
  private final KeyedCache<String, Modules> assembled;

  static final Duration FRESH = Duration.ofSeconds(5);

  SiteModules(
      PublishedArticles articles,
      SectionRepository sections,
      ChannelRepository channels,
      EditionRepository editions,
      MostRead mostRead,
      SiteProperties site,
      SiteLayoutProperties layout,
      LiveViews live,
      ChangeFeed feed) {
    this.articles = articles;
    this.sections = sections;
    this.channels = channels;
    this.editions = editions;
    this.mostRead = mostRead;
    this.site = site;
    this.layout = layout;
    this.live = live;
    this.assembled = feed.newCache(1, FRESH);
  }

  Modules build() {
    return assembled.get("modules", k -> assemble());
  }

  private KeyedCache.Loaded<Modules> assemble() {
    int size = layout.moduleSize();
    var latest =
        new SectionModule(
            "Berita Terkini", "/indeks", articles.findPublished(ArticleQuery.ALL, 0, size));
    List<ChannelModule> channelModules =
        channels.findEnabled().stream()
            .map(
                c ->
                    new ChannelModule(
                        c, channels.findItems(c.id(), 0, Math.min(size, c.maxItems()))))
            .toList();
    var popular = new SectionModule("Berita Populer", "/populer", mostRead.top(size));
    Section weekendSection = sections.findBySlug(layout.weekendSection()).orElse(null);
    SectionModule weekend =
        weekendSection == null
            ? null
            : new SectionModule(
                "Berita " + weekendSection.name(),
                weekendSection.path(),
                articles.findPublished(ArticleQuery.section(weekendSection.id()), 0, size));
    List<String> keys =
        new ArrayList<>(List.of(ArticleKeys.ARTICLES, PartnerChannel.KEY, Edition.KEY));
    keys.addAll(ArticleKeys.articles(latest.articles()));
    keys.addAll(ArticleKeys.articles(popular.articles()));
    if (weekend != null) {
      keys.add(Section.key(weekendSection.id()));
      keys.addAll(ArticleKeys.articles(weekend.articles()));
    }
    var modules =
        new Modules(
            editions.findLatestReady().orElse(null),
            latest,
            channelModules,
            popular,
            weekend,
            site.dates(),
            site.name(),
            Set.copyOf(keys),
            live.liveArticleIds());
    return new KeyedCache.Loaded<>(modules, keys);
  }
}
