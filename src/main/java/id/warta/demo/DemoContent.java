package id.warta.demo;

import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.author.AuthorRepository;
import id.warta.channel.ChannelRepository;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionUpload;
import id.warta.liveblog.EntryDraft;
import id.warta.liveblog.LiveBlogService;
import id.warta.media.MediaLibrary;
import id.warta.platform.SiteProperties;
import id.warta.popular.PageViewCounter;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content a new installation starts with, so that every page and module has something to show:
 * six sections, the seed page's article exactly as the seed shows it, the other articles the seed
 * names, generated articles in every section, partner channel items, page views and today's printed
 * edition with its Fokus story.
 */
@Service
public class DemoContent {
  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
  static final int GENERATED_PER_SECTION = 24;

  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final ArticleService articleService;
  private final ArticleRepository articles;
  private final ChannelRepository channels;
  private final MediaLibrary media;
  private final PageImporter importer;
  private final PageViewCounter views;
  private final EditionService editions;
  private final SiteProperties site;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final LiveBlogService live;

  DemoContent(
      SectionRepository sections,
      AuthorRepository authors,
      ArticleService articleService,
      ArticleRepository articles,
      ChannelRepository channels,
      MediaLibrary media,
      PageImporter importer,
      PageViewCounter views,
      EditionService editions,
      SiteProperties site,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock,
      LiveBlogService live) {
    this.sections = sections;
    this.authors = authors;
    this.articleService = articleService;
    this.articles = articles;
    this.channels = channels;
    this.media = media;
    this.importer = importer;
    this.views = views;
    this.editions = editions;
    this.site = site;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
    this.live = live;
  }

  /** Whether the database holds no content yet (a first start). */
  public boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single() == 0
        && jdbc.sql("SELECT COUNT(*) FROM section").query(Long.class).single() == 0;
  }

  /** Loads everything in one transaction: a crash half-way leaves an empty database. */
  public void load() {
    long started = System.nanoTime();
    long seedId;
    try {
      seedId = tx.execute(status -> loadAll());
    } catch (AlreadyLoaded e) {
      log.info("The demo content was loaded by another process meanwhile; not loading it again");
      return;
    }
    log.info(
        "Demo content loaded in {} ms; the seed article is /{}",
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        seedId);
  }

  private long loadAll() {
    Map<String, Section> bySlug = new LinkedHashMap<>();
    String[][] sectionData = {
      {"nasional", "Nasional", "Berita politik, hukum dan peristiwa dari seluruh Indonesia."},
      {
        "internasional",
        "Internasional",
        "Berita dunia: Asia, Eropa, Amerika, Afrika dan Timur Tengah."
      },
      {"ekonomi", "Ekonomi", "Makro, bisnis, keuangan, energi dan pasar."},
      {"olahraga", "Olahraga", "Sepak bola, bulu tangkis, atletik dan olahraga lainnya."},
      {"humaniora", "Humaniora", "Pendidikan, kesehatan, lingkungan, budaya dan gaya hidup."},
      {"weekend", "Weekend", "Bacaan akhir pekan: perjalanan, kuliner, seni dan sosok."},
    };
    for (String[] s : sectionData) {
      // The database decides whether this process loads the demo: a section already there was
      // put there by another process since isEmpty() said otherwise.
      bySlug.put(s[0], sections.createLast(s[0], s[1], s[2]).orElseThrow(AlreadyLoaded::new));
    }
    List<Long> writers = new ArrayList<>();
    for (String name : DemoTexts.WRITERS) {
      writers.add(authors.create(name, "Wartawan " + DemoTexts.SITE_DESK + ".").id());
    }
    long desk = authors.create("Mediaindonesia.com", "Meja redaksi daring.").id();

    // The articles the seed page names, so that its links resolve to real stories.
    Section internasional = bySlug.get("internasional");
    for (DemoTexts.Story story : DemoTexts.NAMED_STORIES) {
      Section section = bySlug.get(story.section());
      createStory(story, section == null ? internasional : section, List.of(desk));
    }
    long seedId = importSeedPage();

    Random random = new Random(20210623L);
    Instant now = clock.instant();
    List<Long> generated = new ArrayList<>();
    int sectionIndex = 0;
    for (Section section : bySlug.values()) {
      List<DemoTexts.Story> stories =
          DemoTexts.generated(section.slug(), GENERATED_PER_SECTION, random);
      long imageId = demoImage(section.name(), sectionIndex);
      for (int n = 0; n < stories.size(); n++) {
        var story = stories.get(n);
        Instant published =
            now.minus(Duration.ofMinutes(17L + 53L * (n * bySlug.size() + sectionIndex)));
        generated.add(
            articleService.create(
                new ArticleDraft(
                    section.id(),
                    story.title(),
                    null,
                    story.lead(),
                    PageImporter.paragraphsHtml(story.paragraphs()),
                    story.source(),
                    DemoTexts.EDITOR_CODES[n % DemoTexts.EDITOR_CODES.length],
                    n % 3 == 0 ? imageId : null,
                    null,
                    ArticleStatus.PUBLISHED,
                    published,
                    null,
                    List.of(writers.get((n + sectionIndex) % writers.size())),
                    story.tags(),
                    List.of())));
      }
      sectionIndex++;
    }
    // Related links among generated stories of the same section, as an editor would choose.
    for (int i = 0; i + 3 < generated.size(); i += 4) {
      articleService.setRelated(
          generated.get(i),
          generated.get(i + 1),
          List.of(generated.get(i + 1), generated.get(i + 2), generated.get(i + 3)));
    }
    long liveId = createLiveStory(bySlug.get("olahraga"), writers, now, demoImage("Langsung", 7));
    articles.replaceHeadlines(List.of(liveId, seedId, generated.get(0), generated.get(1)));
    loadChannels(now);
    recordDemoViews(generated, seedId, random);
    loadEdition(now);
    return seedId;
  }

  /** Rolls the load back: another process loads the demo content. */
  private static final class AlreadyLoaded extends RuntimeException {
    AlreadyLoaded() {
      super(null, null, false, false);
    }
  }

  /** Today's printed edition; its pages are rendered in the background after the commit. */
  private void loadEdition(Instant now) {
    var dates = site.dates();
    LocalDate today = dates.localDate(now);
    editions.upload(
        new EditionUpload(
            DemoEdition.pdf(dates.day(today)),
            today,
            DemoEdition.TITLE,
            DemoEdition.FOCUS_TITLE,
            DemoEdition.FOCUS_TEASER,
            DemoEdition.FOCUS_FIRST,
            DemoEdition.FOCUS_LAST));
  }

  private long importSeedPage() {
    try {
      var resource = new ClassPathResource("demo/seed-page.txt");
      String text = resource.getContentAsString(StandardCharsets.UTF_8);
      return importer.importPage(text).articleId();
    } catch (IOException e) {
      throw new UncheckedIOException("The seed page is missing from the classpath", e);
    }
  }

  private void createStory(DemoTexts.Story story, Section section, List<Long> authorIds) {
    long imageId =
        media
            .add(
                DemoImages.png(story.credit(), story.title().length()),
                "image/png",
                new MediaLibrary.Description(story.credit(), story.caption(), story.title()))
            .id();
    articleService.create(
        new ArticleDraft(
            section.id(),
            story.title(),
            null,
            story.lead(),
            PageImporter.paragraphsHtml(story.paragraphs()),
            story.source(),
            "",
            imageId,
            null,
            ArticleStatus.PUBLISHED,
            story.publishedAt(),
            null,
            authorIds,
            story.tags(),
            List.of()));
  }

  /** A live blog in progress: entries over the last two hours, one pinned, two key events. */
  private long createLiveStory(Section section, List<Long> writers, Instant now, long imageId) {
    Instant start = now.minus(Duration.ofMinutes(130));
    long id =
        articleService.create(
            new ArticleDraft(
                section.id(),
                "LANGSUNG: Timnas Indonesia Hadapi Vietnam di Stadion Utama Gelora Bung Karno",
                null,
                "Ikuti laporan langsung laga kualifikasi Piala Dunia antara Indonesia dan Vietnam"
                    + " dari Senayan.",
                "<p>TIMNAS Indonesia menjamu Vietnam dalam laga lanjutan kualifikasi Piala Dunia."
                    + " Laporan pertandingan diperbarui langsung oleh wartawan kami di"
                    + " stadion.</p>",
                "",
                DemoTexts.EDITOR_CODES[0],
                imageId,
                null,
                ArticleStatus.PUBLISHED,
                start,
                null,
                List.of(writers.getFirst()),
                List.of("Timnas Indonesia", "Piala Dunia"),
                List.of()));
    live.startAt(id, start);
    String[][] entries = {
      {
        "120",
        "Pintu stadion dibuka. Puluhan ribu suporter berbaju merah mulai memadati tribun.",
        "",
        "",
        ""
      },
      {"95", "Pelatih mengumumkan susunan pemain: tiga bek tengah, dua penyerang.", "", "", "pin"},
      {"62", "Kick-off! Indonesia memulai pertandingan dengan menguasai bola.", "", "", "key"},
      {"40", "Suasana tribun utara jelang babak pertama berakhir.", "photo", "", ""},
      {
        "31",
        "GOL! Indonesia unggul 1-0 lewat sundulan di menit ke-38 setelah sepak pojok.",
        "",
        "",
        "key"
      },
      {
        "12",
        "Tayangan ulang gol dari kanal resmi federasi.",
        "",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        ""
      },
      {"3", "Babak kedua dimulai. Vietnam menekan sejak menit awal.", "", "", ""},
    };
    for (String[] e : entries) {
      live.postAt(
          id,
          new EntryDraft(
              e[1], e[2].isEmpty() ? null : imageId, e[3], e[4].equals("pin"), e[4].equals("key")),
          "redaksi",
          now.minus(Duration.ofMinutes(Long.parseLong(e[0]))));
    }
    return id;
  }

  private long demoImage(String label, int variant) {
    return media
        .add(
            DemoImages.png(label, variant),
            "image/png",
            new MediaLibrary.Description(
                "Dok. " + DemoTexts.SITE_DESK,
                "Ilustrasi kanal " + label + ".",
                "Ilustrasi berwarna bertuliskan " + label))
        .id();
  }

  private void loadChannels(Instant now) {
    var benih =
        channels.create(
            "benihbaik",
            "BenihBaik.com",
            "https://benihbaik.com",
            "https://benihbaik.com/rss",
            10,
            1);
    var mg =
        channels.create(
            "mg-news", "MG News", "https://www.mgnews.id", "https://www.mgnews.id/rss", 10, 2);
    int n = 0;
    for (String title : DemoTexts.BENIHBAIK_ITEMS) {
      channels.upsertItem(
          benih.id(),
          "demo-benihbaik-" + n,
          title,
          benih.siteUrl() + "/kampanye/demo-" + n,
          "",
          now.minus(Duration.ofHours(3L * ++n)));
    }
    n = 0;
    for (String title : DemoTexts.MGNEWS_ITEMS) {
      channels.upsertItem(
          mg.id(),
          "demo-mgnews-" + n,
          title,
          mg.siteUrl() + "/berita/demo-" + n,
          "",
          now.minus(Duration.ofHours(2L * ++n)));
    }
  }

  /**
   * Readers of the demo: a few stories read more than others, so Berita Populer has an order.
   * Written with the articles, in their transaction.
   */
  private void recordDemoViews(List<Long> generated, long seedId, Random random) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    counts.put(seedId, 40L + random.nextInt(10));
    for (int k = 0; k < 12; k++) {
      long id = generated.get(random.nextInt(Math.min(60, generated.size())));
      counts.merge(id, 5L + random.nextInt(35), Long::sum);
    }
    views.writeInTransaction(counts);
  }
}
