package id.warta.site;

import id.warta.article.ArticleQuery;
import id.warta.article.ArticleRepository;
import id.warta.channel.ChannelRepository;
import id.warta.epaper.EditionRepository;
import id.warta.platform.CacheTags;
import id.warta.platform.SiteProperties;
import id.warta.popular.MostRead;
import id.warta.section.SectionRepository;
import java.util.ArrayList;
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

  /**
   * The same modules stand on every page; they are assembled at most once every few seconds
   * and at once after a change ({@link #invalidate}). Berita Populer moves with views, so a
   * few seconds is as fresh as it needs to be.
   */
  static final long FRESH_NANOS = 5_000_000_000L;

  private record Assembled(Modules modules, String[] keys, long at) {}

  private volatile Assembled assembled;

  Modules build() {
    Assembled current = assembled;
    long now = System.nanoTime();
    if (current == null || now - current.at() > FRESH_NANOS) {
      current = assemble(now);
      assembled = current;
    }
    CacheTags.tag(current.keys());
    return current.modules();
  }

  /** Called after any change a module may show. */
  void invalidate() {
    assembled = null;
  }

  private Assembled assemble(long now) {
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
    List<String> keys = new ArrayList<>(List.of(CacheKeys.LATEST, CacheKeys.POPULAR, CacheKeys.CHANNELS, CacheKeys.EPAPER));
    latest.articles().forEach(a -> keys.add(CacheTags.article(a.id())));
    popular.articles().forEach(a -> keys.add(CacheTags.article(a.id())));
    if (weekend != null) {
      keys.add(CacheKeys.WEEKEND);
      weekend.articles().forEach(a -> keys.add(CacheTags.article(a.id())));
    }
    var modules =
        new Modules(
            editions.findLatestReady().orElse(null),
            latest,
            channelModules,
            popular,
            weekend,
            site.dates(),
            site.name());
    return new Assembled(modules, keys.toArray(String[]::new), now);
  }
}
