package id.warta.wordpress;

import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleStatus;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaAsset;
import id.warta.media.MediaLibrary;
import id.warta.media.MediaRejectedException;
import id.warta.media.Rendition;
import id.warta.page.PageDraft;
import id.warta.page.StaticPage;
import id.warta.page.StaticPages;
import id.warta.platform.SiteProperties;
import id.warta.platform.Slugs;
import id.warta.redirect.Redirect;
import id.warta.redirect.Redirects;
import id.warta.section.SectionRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export (WXR 1.2). The export is read twice as a stream: first for what items
 * refer to (authors, categories, attachments; a few small maps), then item by item. Each item is
 * written in a transaction of its own with its bookkeeping and redirects, after its images were
 * placed in the media library (decoding takes long; no write lock is held meanwhile).
 *
 * <p>Categories: the post's first category (lowest term id, as WordPress builds %category%) gives
 * the section, at its top-level ancestor: Warta's sections are one flat menu, so a child category
 * (Ekonomi → Pasar Modal) files the post under its parent's section and becomes a tag, and every
 * other category of the post becomes a tag too: nothing the old site grouped by is lost, and its
 * addresses keep working through the redirects.
 */
@Service
public class WordPressImport {
  /** Told after each item of the export. */
  public interface Progress {
    void step(int done, int total);
  }

  static final String NEWSROOM_USER = "impor-wordpress";
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern SIZED =
      Pattern.compile("(.+)-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z0-9]+)$");
  private static final long FILE_MAX = 64L * 1024 * 1024;

  private final ArticleWrites articles;
  private final StaticPages pages;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final MediaLibrary media;
  private final Redirects redirects;
  private final ImportedItems items;
  private final TransactionTemplate tx;
  private final WordPressProperties properties;
  private final SiteProperties site;
  private final Clock clock;

  WordPressImport(
      ArticleWrites articles,
      StaticPages pages,
      SectionRepository sections,
      AuthorRepository authors,
      MediaLibrary media,
      Redirects redirects,
      ImportedItems items,
      TransactionTemplate tx,
      WordPressProperties properties,
      SiteProperties site,
      Clock clock) {
    this.articles = articles;
    this.pages = pages;
    this.sections = sections;
    this.authors = authors;
    this.media = media;
    this.redirects = redirects;
    this.items = items;
    this.tx = tx;
    this.properties = properties;
    this.site = site;
    this.clock = clock;
  }

  /**
   * Imports the export at {@code export}, its images from {@code uploads} (the old site's
   * wp-content/uploads; null for the configured one, or none).
   *
   * @throws IllegalArgumentException when the file is not there or is not a WXR export
   */
  public ImportReport run(Path export, Path uploads, Progress progress) {
    if (export == null || !Files.isRegularFile(export)) {
      throw new IllegalArgumentException("Berkas ekspor tidak ditemukan: " + export);
    }
    if (uploads == null && properties.uploadsDir() != null && !properties.uploadsDir().isBlank()) {
      uploads = Path.of(properties.uploadsDir());
    }
    if (uploads != null && !Files.isDirectory(uploads)) {
      throw new IllegalArgumentException("Folder uploads tidak ditemukan: " + uploads);
    }
    Scan scan = new Scan();
    read(export, scan);
    Run run =
        new Run(scan, uploads == null ? null : uploads.toAbsolutePath().normalize(), progress);
    read(export, run);
    return run.report();
  }

  private static void read(Path export, WxrReader.Visitor visitor) {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(export), 1 << 16)) {
      WxrReader.read(in, visitor);
    } catch (IOException e) {
      throw new UncheckedIOException("Tidak dapat membaca " + export + ": " + e.getMessage(), e);
    }
  }

  private record Category(long termId, String nicename, String parent, String name) {}

  private record Attachment(String url, String title, String caption, String alt) {}

  /** The first reading: what items refer to. */
  private static final class Scan implements WxrReader.Visitor {
    String title = "";
    String source = "";
    int total;
    final Map<String, String> authorNames = new HashMap<>();
    final Map<String, Category> categories = new HashMap<>();
    final Map<Long, Attachment> attachments = new HashMap<>();

    @Override
    public void site(String title, String baseUrl) {
      this.title = WordPressBody.text(title);
      String base = baseUrl.strip();
      this.source =
          base.isEmpty()
              ? "wordpress"
              : (base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    @Override
    public void author(String login, String displayName) {
      authorNames.put(login, WordPressBody.text(displayName.isBlank() ? login : displayName));
    }

    @Override
    public void category(long termId, String nicename, String parent, String name) {
      categories.put(nicename, new Category(termId, nicename, parent, WordPressBody.text(name)));
    }

    @Override
    public void item(WxrItem item) {
      total++;
      if (item.type().equals("attachment")) {
        attachments.put(
            item.id(),
            new Attachment(
                item.attachmentUrl(),
                WordPressBody.text(item.title()),
                WordPressBody.plain(item.excerpt()),
                item.meta().getOrDefault("_wp_attachment_image_alt", "").strip()));
      }
    }
  }

  /** The second reading: item by item. */
  private final class Run implements WxrReader.Visitor {
    final Scan scan;
    final Path uploads;
    final Progress progress;
    final Map<String, Long> sectionIds = new HashMap<>();
    final Map<Long, String> sectionSlugs = new HashMap<>();
    final Map<String, Long> authorIds = new HashMap<>();

    /** Images placed in this run, by their path under uploads; null for one that could not be. */
    final Map<String, MediaAsset> placed = new HashMap<>();

    final List<ImportReport.Skipped> skipped = new ArrayList<>();
    int done;
    int created;
    int updated;
    int unchanged;
    int pagesCreated;
    int pagesUpdated;
    int mediaAdded;
    int redirected;
    WxrItem current;

    Run(Scan scan, Path uploads, Progress progress) {
      this.scan = scan;
      this.uploads = uploads;
      this.progress = progress;
    }

    ImportReport report() {
      return new ImportReport(
          created,
          updated,
          unchanged,
          pagesCreated,
          pagesUpdated,
          mediaAdded,
          redirected,
          List.copyOf(skipped));
    }

    @Override
    public void item(WxrItem item) {
      current = item;
      try {
        switch (item.type()) {
          case "post" -> post(item);
          case "page" -> page(item);
          case "attachment" -> attachment(item);
          default ->
              skip(
                  item,
                  "jenis '"
                      + item.type()
                      + "' tidak diimpor (hanya tulisan, halaman dan lampiran)");
        }
      } catch (IllegalArgumentException | DataAccessException e) {
        skip(item, "ditolak: " + e.getMessage());
      }
      done++;
      if (progress != null) {
        progress.step(done, scan.total);
      }
    }

    private void skip(WxrItem item, String reason) {
      skipped.add(new ImportReport.Skipped(item.id(), WordPressBody.text(item.title()), reason));
    }

    private void post(WxrItem item) {
      ArticleStatus status =
          switch (item.status()) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            // A private post was never public: the newsroom decides whether it ever is.
            case "draft", "pending", "private" -> ArticleStatus.DRAFT;
            default -> null;
          };
      if (status == null) {
        skip(item, "status '" + item.status() + "' tidak diimpor (tong sampah, draf otomatis)");
        return;
      }
      String fingerprint = fingerprint(item);
      Optional<ImportedItems.Item> before = items.find(scan.source, item.id());
      if (before.isPresent() && before.get().fingerprint().equals(fingerprint)) {
        unchanged++;
        skip(item, "tidak berubah sejak impor sebelumnya");
        return;
      }
      Article existing = before.flatMap(b -> articles.find(b.targetId())).orElse(null);
      if (before.isPresent() && existing == null) {
        skip(item, "artikelnya sudah dihapus di Warta; tidak dibuat lagi");
        return;
      }
      if (existing != null && existing.version() != before.get().targetVersion()) {
        skip(
            item,
            "artikel "
                + existing.id()
                + " diubah di redaksi sejak impor; perubahan di WordPress tidak menimpanya");
        return;
      }
      var body = WordPressBody.convert(item.content(), this::place, this::galleryImage);
      Long leadMediaId = thumbnail(item);
      long sectionId = section(item);
      Instant publishedAt = status == ArticleStatus.DRAFT ? null : date(item);
      ArticleDraft draft =
          new ArticleDraft(
              sectionId,
              WordPressBody.text(item.title()),
              slug(item),
              cut(WordPressBody.plain(item.excerpt()), 2000),
              body.html(),
              body.source(),
              body.editorCode(),
              leadMediaId,
              null,
              status,
              publishedAt,
              null,
              List.of(author(item)),
              tags(item),
              List.of());
      tx.executeWithoutResult(
          s -> {
            long id;
            if (existing == null) {
              id = articles.create(draft);
            } else {
              id = existing.id();
              articles.update(id, existing.version(), draft);
            }
            Article saved = articles.find(id).orElseThrow();
            items.save(
                scan.source,
                item.id(),
                new ImportedItems.Item("post", id, saved.version(), fingerprint),
                clock.millis());
            if (status != ArticleStatus.DRAFT) {
              String target =
                  "/" + sectionSlugs.get(saved.sectionId()) + "/" + id + "/" + saved.slug();
              Map<String, String> old = new LinkedHashMap<>();
              for (String path : oldPaths(item)) {
                old.put(path, target);
              }
              redirected += redirects.putAll(old, Redirect.IMPORTED);
            }
          });
      if (existing == null) {
        created++;
      } else {
        updated++;
      }
    }

    private void page(WxrItem item) {
      boolean published = item.status().equals("publish");
      if (!published && !Set.of("draft", "pending", "private", "future").contains(item.status())) {
        skip(item, "status '" + item.status() + "' tidak diimpor (tong sampah, draf otomatis)");
        return;
      }
      String fingerprint = fingerprint(item);
      Optional<ImportedItems.Item> before = items.find(scan.source, item.id());
      if (before.isPresent() && before.get().fingerprint().equals(fingerprint)) {
        unchanged++;
        skip(item, "tidak berubah sejak impor sebelumnya");
        return;
      }
      StaticPage existing = before.flatMap(b -> pages.findById(b.targetId())).orElse(null);
      if (before.isPresent() && existing == null) {
        skip(item, "halamannya sudah dihapus di Warta; tidak dibuat lagi");
        return;
      }
      if (existing != null && existing.version() != before.get().targetVersion()) {
        skip(
            item,
            "halaman "
                + existing.slug()
                + " diubah di redaksi sejak impor; perubahan di WordPress tidak menimpanya");
        return;
      }
      var body = WordPressBody.convert(item.content(), this::place, this::galleryImage);
      String slug = slug(item);
      PageDraft draft =
          new PageDraft(WordPressBody.text(item.title()), slug, body.html(), published);
      boolean[] adopted = {false};
      tx.executeWithoutResult(
          s -> {
            StaticPage saved;
            if (existing != null) {
              saved = pages.update(existing.id(), existing.version(), draft, NEWSROOM_USER);
            } else {
              // A page at that address already (Warta's own Tentang Kami): the old site's text
              // replaces it.
              Optional<StaticPage> same = pages.findBySlug(slug);
              adopted[0] = same.isPresent();
              saved =
                  same.isPresent()
                      ? pages.update(same.get().id(), same.get().version(), draft, NEWSROOM_USER)
                      : pages.create(draft, NEWSROOM_USER);
            }
            items.save(
                scan.source,
                item.id(),
                new ImportedItems.Item("page", saved.id(), saved.version(), fingerprint),
                clock.millis());
            if (published) {
              Map<String, String> old = new LinkedHashMap<>();
              String link = Redirects.normalize(item.link());
              if (link != null) {
                old.put(link, saved.path());
              }
              old.put("/?page_id=" + item.id(), saved.path());
              redirected += redirects.putAll(old, Redirect.IMPORTED);
            }
          });
      if (existing == null) {
        pagesCreated++;
      } else {
        pagesUpdated++;
      }
    }

    private void attachment(WxrItem item) {
      Attachment a = scan.attachments.get(item.id());
      if (a == null || a.url().isBlank()) {
        skip(item, "lampiran tanpa alamat berkas");
        return;
      }
      if (uploads == null) {
        skip(item, "lampiran tidak diimpor: folder uploads tidak diberikan");
        return;
      }
      String fingerprint = fingerprint(item);
      Optional<ImportedItems.Item> before = items.find(scan.source, item.id());
      if (before.isPresent() && before.get().fingerprint().equals(fingerprint)) {
        unchanged++;
        skip(item, "tidak berubah sejak impor sebelumnya");
        return;
      }
      String src = place(new WordPressBody.Image(a.url(), a.alt(), a.caption(), ""), a);
      if (src != null) {
        long mediaId = placed.get(uploadPath(a.url())).id();
        tx.executeWithoutResult(
            s ->
                items.save(
                    scan.source,
                    item.id(),
                    new ImportedItems.Item("attachment", mediaId, 0, fingerprint),
                    clock.millis()));
      }
    }

    private WordPressBody.Attachment galleryImage(long id) {
      Attachment a = scan.attachments.get(id);
      return a == null
          ? null
          : new WordPressBody.Attachment(
              a.url(), a.caption(), a.alt().isBlank() ? a.title() : a.alt());
    }

    private Long thumbnail(WxrItem item) {
      String id = item.meta().get("_thumbnail_id");
      if (id == null || !id.strip().matches("[0-9]{1,18}")) {
        return null;
      }
      Attachment a = scan.attachments.get(Long.parseLong(id.strip()));
      if (a == null) {
        skip(
            item,
            "gambar utama (lampiran "
                + id.strip()
                + ") tidak ada di ekspor; artikel diimpor tanpa gambar utama");
        return null;
      }
      String src = place(new WordPressBody.Image(a.url(), a.alt(), a.caption(), ""), a);
      return src == null ? null : placed.get(uploadPath(a.url())).id();
    }

    private String place(WordPressBody.Image image) {
      return place(image, null);
    }

    /** Puts an image of the old site into the media library; the body's address of it, or null. */
    private String place(WordPressBody.Image image, Attachment attachment) {
      String rel = uploadPath(image.url());
      if (rel == null) {
        skip(current, "gambar dari luar folder uploads tidak diimpor: " + cut(image.url(), 200));
        return null;
      }
      if (placed.containsKey(rel)) {
        MediaAsset asset = placed.get(rel);
        return asset == null ? null : asset.url(Rendition.FULL_WIDTH);
      }
      MediaAsset asset = null;
      try {
        Path file = file(rel);
        if (file == null) {
          skip(
              current,
              uploads == null
                  ? "gambar tidak diimpor: folder uploads tidak diberikan (" + rel + ")"
                  : "berkas gambar tidak ada di folder uploads: " + rel);
        } else if (Files.size(file) > FILE_MAX) {
          skip(current, "berkas gambar terlalu besar: " + rel);
        } else {
          asset =
              media.upload(
                  Files.readAllBytes(file),
                  file.getFileName().toString(),
                  null,
                  describe(image, attachment, rel));
          mediaAdded++;
        }
      } catch (IOException e) {
        skip(current, "berkas gambar tidak terbaca: " + rel + " (" + e.getMessage() + ")");
      } catch (MediaRejectedException e) {
        skip(current, "gambar ditolak pustaka media: " + rel + " (" + e.getMessage() + ")");
      }
      placed.put(rel, asset);
      return asset == null ? null : asset.url(Rendition.FULL_WIDTH);
    }

    private MediaLibrary.Description describe(
        WordPressBody.Image image, Attachment attachment, String rel) {
      String caption =
          first(
              image.caption(),
              attachment == null ? "" : attachment.caption(),
              image.alt(),
              attachment == null ? "" : attachment.title(),
              Path.of(rel).getFileName().toString());
      String credit = image.credit();
      if (credit.isBlank()) {
        Matcher m = Pattern.compile("^(.*?)\\s*\\(([^()]{1,200})\\)\\s*$").matcher(caption);
        if (m.matches() && !m.group(1).isBlank()) {
          caption = m.group(1).strip();
          credit = m.group(2).strip();
        }
      }
      credit = first(credit, "Dok. " + first(scan.title, site.name()));
      String alt = first(image.alt(), attachment == null ? "" : attachment.alt(), caption);
      return new MediaLibrary.Description(cut(credit, 200), cut(caption, 1000), cut(alt, 300));
    }

    /** The image's file under uploads: the original when WordPress's resized copy is named. */
    private Path file(String rel) {
      if (uploads == null) {
        return null;
      }
      Matcher sized = SIZED.matcher(rel);
      List<String> candidates =
          sized.matches() ? List.of(sized.group(1) + sized.group(2), rel) : List.of(rel);
      for (String candidate : candidates) {
        Path file = uploads.resolve(candidate).normalize();
        if (file.startsWith(uploads) && Files.isRegularFile(file)) {
          return file;
        }
      }
      return null;
    }

    private long section(WxrItem item) {
      List<Category> categories = new ArrayList<>();
      for (WxrItem.Term term : item.categories()) {
        Category c = scan.categories.get(term.nicename());
        categories.add(
            c != null
                ? c
                : new Category(
                    Long.MAX_VALUE, term.nicename(), "", WordPressBody.text(term.name())));
      }
      String name = properties.defaultSection();
      Category primary =
          categories.stream().min(Comparator.comparingLong(Category::termId)).orElse(null);
      if (primary != null) {
        Category top = top(primary);
        if (!top.nicename().equals("uncategorized")) {
          name = top.name();
        }
      }
      Long id = sectionIds.get(name);
      if (id == null) {
        String wanted = name;
        var made =
            tx.execute(
                s -> {
                  try {
                    return sections.findOrCreate(wanted);
                  } catch (IllegalArgumentException e) {
                    // A category named like one of the site's own addresses (Indeks, Redaksi).
                    return sections.findOrCreate(properties.defaultSection());
                  }
                });
        id = made.id();
        sectionIds.put(name, id);
        sectionSlugs.put(id, made.slug());
      }
      return id;
    }

    private Category top(Category c) {
      Category at = c;
      for (int i = 0; i < 20 && !at.parent().isBlank(); i++) {
        Category parent = scan.categories.get(at.parent());
        if (parent == null) {
          break;
        }
        at = parent;
      }
      return at;
    }

    private List<String> tags(WxrItem item) {
      Set<String> names = new LinkedHashSet<>();
      for (WxrItem.Term t : item.tags()) {
        names.add(WordPressBody.text(t.name()));
      }
      Category primary =
          item.categories().stream()
              .map(t -> scan.categories.get(t.nicename()))
              .filter(c -> c != null)
              .min(Comparator.comparingLong(Category::termId))
              .orElse(null);
      Category primaryTop = primary == null ? null : top(primary);
      for (WxrItem.Term t : item.categories()) {
        Category c = scan.categories.get(t.nicename());
        if (c == null || c.nicename().equals("uncategorized") || c.equals(primaryTop)) {
          continue;
        }
        names.add(c.name());
      }
      return names.stream().filter(n -> !n.isBlank() && n.length() <= 120).limit(20).toList();
    }

    private long author(WxrItem item) {
      String name =
          scan.authorNames.getOrDefault(item.creator(), WordPressBody.text(item.creator()));
      if (name.isBlank() || Slugs.of(name).isEmpty()) {
        name = "Redaksi";
      }
      String wanted = name;
      return authorIds.computeIfAbsent(wanted, n -> tx.execute(s -> authors.findOrCreate(n)).id());
    }

    /**
     * The old site's addresses of a post: its permalink, its link, /?p=ID and /YYYY/MM/DD/slug/.
     */
    private Set<String> oldPaths(WxrItem item) {
      Set<String> paths = new LinkedHashSet<>();
      LocalDateTime local = parse(item.postDate());
      if (!item.postName().isBlank()) {
        String permalink = permalink(item, local);
        if (permalink != null) {
          paths.add(permalink);
        }
        if (local != null) {
          paths.add(
              String.format(
                  "/%04d/%02d/%02d/%s/",
                  local.getYear(), local.getMonthValue(), local.getDayOfMonth(), item.postName()));
        }
      }
      String link = Redirects.normalize(item.link());
      if (link != null && !link.equals("/")) {
        paths.add(link);
      }
      paths.add("/?p=" + item.id());
      paths.removeIf(p -> Redirects.normalize(p) == null);
      return paths;
    }

    private String permalink(WxrItem item, LocalDateTime local) {
      String p = properties.permalinks();
      if (local != null) {
        p =
            p.replace("%year%", String.format("%04d", local.getYear()))
                .replace("%monthnum%", String.format("%02d", local.getMonthValue()))
                .replace("%day%", String.format("%02d", local.getDayOfMonth()))
                .replace("%hour%", String.format("%02d", local.getHour()))
                .replace("%minute%", String.format("%02d", local.getMinute()))
                .replace("%second%", String.format("%02d", local.getSecond()));
      }
      Category primary =
          item.categories().stream()
              .map(t -> scan.categories.get(t.nicename()))
              .filter(c -> c != null)
              .min(Comparator.comparingLong(Category::termId))
              .orElse(null);
      String categoryPath = primary == null ? "uncategorized" : categoryPath(primary);
      p =
          p.replace("%postname%", item.postName())
              .replace("%post_id%", Long.toString(item.id()))
              .replace("%category%", categoryPath)
              .replace("%author%", item.creator());
      return p.contains("%") ? null : p;
    }

    private String categoryPath(Category c) {
      List<String> parts = new ArrayList<>();
      Category at = c;
      for (int i = 0; i < 20 && at != null; i++) {
        parts.addFirst(at.nicename());
        at = at.parent().isBlank() ? null : scan.categories.get(at.parent());
      }
      return String.join("/", parts);
    }

    private Instant date(WxrItem item) {
      LocalDateTime gmt = parse(item.postDateGmt());
      if (gmt != null) {
        return gmt.toInstant(ZoneOffset.UTC);
      }
      LocalDateTime local = parse(item.postDate());
      return local != null ? local.atZone(site.zone()).toInstant() : clock.instant();
    }

    private String fingerprint(WxrItem item) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String part :
            List.of(
                item.type(),
                item.status(),
                item.title(),
                item.content(),
                item.excerpt(),
                item.postName(),
                item.postDate(),
                item.postDateGmt(),
                item.creator(),
                item.terms().toString(),
                item.meta().getOrDefault("_thumbnail_id", ""),
                properties.permalinks())) {
          digest.update(part.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The path of an image under the old site's uploads folder, or null when it is not there. */
  static String uploadPath(String url) {
    if (url == null) {
      return null;
    }
    int at = url.indexOf("/wp-content/uploads/");
    if (at < 0) {
      return null;
    }
    String rel = url.substring(at + "/wp-content/uploads/".length());
    int end = indexOfAny(rel, '?', '#');
    if (end >= 0) {
      rel = rel.substring(0, end);
    }
    try {
      rel = URLDecoder.decode(rel.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return rel.isBlank() || rel.contains("..") || rel.startsWith("/") || rel.contains("\\")
        ? null
        : rel;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
  }

  private static String slug(WxrItem item) {
    String name = item.postName();
    try {
      name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // kept as it is
    }
    String slug = Slugs.of(name);
    return slug.isEmpty() ? Slugs.of(WordPressBody.text(item.title())) : slug;
  }

  private static LocalDateTime parse(String s) {
    if (s == null || s.isBlank() || s.startsWith("0000")) {
      return null;
    }
    try {
      return LocalDateTime.parse(s.strip(), WP_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
