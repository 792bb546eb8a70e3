package id.warta.wire;

import id.warta.article.ArticleDraft;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.author.AuthorRepository;
import id.warta.channel.FeedFetchException;
import id.warta.channel.FeedFetcher;
import id.warta.media.MediaAsset;
import id.warta.media.MediaLibrary;
import id.warta.media.MediaRejectedException;
import id.warta.media.Rendition;
import id.warta.platform.BadRequestException;
import id.warta.platform.Excerpts;
import id.warta.platform.NotFoundException;
import id.warta.section.SectionRepository;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Ambil": turns the latest version of a wire item into a draft in a section. The photos are
 * fetched first (through the guarded fetcher, or from the source's folder) into the media library
 * with the agency's credit and caption; then, in one transaction, the taking is recorded (once per
 * item: a second "Ambil" is refused), the draft created with the agency as its source and byline,
 * and {@link WireDraftCreated} published for the newsroom. All calls into the article feature are
 * here.
 */
@Service
class WireTaking {
  static final int MAX_PHOTOS = 5;

  /** The draft, and the photos that could not be brought in (the draft is made without them). */
  record Taken(long articleId, List<String> photoProblems) {}

  private final WireRepository repository;
  private final WirePoller poller;
  private final WireFetchers fetchers;
  private final MediaLibrary media;
  private final ArticleService articles;
  private final AuthorRepository authors;
  private final SectionRepository sections;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WireTaking(
      WireRepository repository,
      WirePoller poller,
      WireFetchers fetchers,
      MediaLibrary media,
      ArticleService articles,
      AuthorRepository authors,
      SectionRepository sections,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.poller = poller;
    this.fetchers = fetchers;
    this.media = media;
    this.articles = articles;
    this.authors = authors;
    this.sections = sections;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  Taken take(long itemId, long sectionId, String username) {
    WireItem seen =
        repository
            .findItem(itemId)
            .orElseThrow(() -> new NotFoundException("Berita kawat tidak ditemukan."));
    WireItem item = repository.findLatest(seen.sourceId(), seen.guid()).orElse(seen);
    if (item.failed()) {
      throw new BadRequestException("Berita ini rusak dan tidak dapat diambil: " + item.error());
    }
    if (item.withdrawn()) {
      throw new BadRequestException(
          "Berita ini sudah ditarik oleh kantor berita dan tidak dapat diambil.");
    }
    if (item.taken()) {
      throw new AlreadyTaken(item.takenArticleId());
    }
    if (sections.findById(sectionId).isEmpty()) {
      throw new BadRequestException("Pilih kanal untuk draf ini.");
    }
    WireSource source = repository.findSource(item.sourceId()).orElseThrow();
    List<String> problems = new ArrayList<>();
    List<MediaAsset> photos = new ArrayList<>();
    int n = 0;
    for (ParsedItem.Photo photo : item.photos()) {
      n++;
      if (photos.size() >= MAX_PHOTOS) {
        problems.add("Foto " + n + ": lebih dari " + MAX_PHOTOS + " foto; tidak diambil.");
        continue;
      }
      try {
        photos.add(addPhoto(source, item, photo));
      } catch (WireParseException | FeedFetchException | MediaRejectedException e) {
        problems.add("Foto " + n + ": " + e.getMessage());
      }
    }
    Long articleId =
        transactions.execute(
            tx -> {
              if (!repository.take(
                  item.sourceId(), item.guid(), item.version(), username, clock.instant())) {
                throw new AlreadyTaken(null);
              }
              long authorId = authors.findOrCreate(source.agency()).id();
              long id =
                  articles.create(
                      new ArticleDraft(
                          sectionId,
                          item.headline(),
                          null,
                          item.lead(),
                          body(item, photos),
                          source.agency(),
                          "",
                          photos.isEmpty() ? null : photos.getFirst().id(),
                          null,
                          ArticleStatus.DRAFT,
                          null,
                          null,
                          List.of(authorId),
                          List.of(),
                          List.of()));
              repository.setTakenArticle(item.sourceId(), item.guid(), id);
              events.publishEvent(new WireDraftCreated(id, username, source.agency()));
              return id;
            });
    return new Taken(articleId, List.copyOf(problems));
  }

  private MediaAsset addPhoto(WireSource source, WireItem item, ParsedItem.Photo photo)
      throws WireParseException, FeedFetchException {
    byte[] bytes;
    String type = null;
    String href = photo.href().strip();
    String scheme =
        href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    if (scheme.equals("http") || scheme.equals("https")) {
      URI uri;
      try {
        uri = FeedFetcher.requireWeb(new URI(href.replace(" ", "%20")));
      } catch (java.net.URISyntaxException e) {
        throw new WireParseException("alamat foto tidak sah.");
      }
      var response = fetchers.photos.fetch(uri, null, null);
      if (!(response instanceof FeedFetcher.Fetched fetched)) {
        throw new WireParseException("server foto tidak mengirim gambar.");
      }
      bytes = fetched.body();
      type = fetched.contentType();
    } else if (source.kind() == WireKind.NEWSML_FOLDER
        && (scheme.isEmpty() || scheme.equals("file"))) {
      bytes = poller.folderPhoto(source, href);
    } else {
      throw new WireParseException("alamat foto tidak didukung: " + Excerpts.cut(href, 80) + ".");
    }
    String credit = photo.credit().isBlank() ? item.creditOrAgency() : photo.credit();
    String caption = photo.caption().isBlank() ? item.headline() : photo.caption();
    return media.add(
        bytes,
        type == null ? null : type.split(";")[0].strip(),
        new MediaLibrary.Description(
            WireText.clean(credit, 200),
            WireText.clean(caption, 1000),
            WireText.clean(caption, 300)));
  }

  /** The body with the dateline leading it and the photos after the first as figures. */
  static String body(WireItem item, List<MediaAsset> photos) {
    String body = item.bodyHtml();
    String dateline = item.dateline();
    if (!dateline.isBlank()
        && !WireText.text(body)
            .toLowerCase(Locale.ROOT)
            .startsWith(dateline.toLowerCase(Locale.ROOT))) {
      String lead = "<strong>" + WireText.escape(dateline) + "</strong> - ";
      body =
          body.startsWith("<p>") ? "<p>" + lead + body.substring(3) : "<p>" + lead + "</p>" + body;
    }
    StringBuilder html = new StringBuilder(body);
    for (MediaAsset photo : photos.subList(Math.min(1, photos.size()), photos.size())) {
      html.append("<figure><img src=\"")
          .append(WireText.escape(photo.url(Rendition.FULL_WIDTH)))
          .append("\" alt=\"")
          .append(WireText.escape(photo.altText()))
          .append("\"><figcaption>")
          .append(WireText.escape(photo.caption()))
          .append(" (")
          .append(WireText.escape(photo.credit()))
          .append(")</figcaption></figure>");
    }
    return html.toString();
  }

  /** The item was taken already; the draft it became, when known. */
  static final class AlreadyTaken extends RuntimeException {
    final Long articleId;

    AlreadyTaken(Long articleId) {
      super("Berita ini sudah diambil.");
      this.articleId = articleId;
    }
  }
}
