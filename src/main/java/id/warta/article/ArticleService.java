package id.warta.article;

import id.warta.author.Author;
import id.warta.platform.Changes;
import id.warta.platform.Slugs;
import id.warta.section.Section;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates articles whole: the row, its authors, tags and related links in one transaction. Every
 * change readers can see is recorded in the same transaction (platform.Changes) under the keys of
 * everything that shows the article, before and after the change.
 */
@Service
public class ArticleService {
  static final int TITLE_MAX = 300;
  static final int LEAD_MAX = 2000;

  private final ArticleRepository articles;
  private final TagRepository tags;
  private final ApplicationEventPublisher events;
  private final Changes changes;
  private final Clock clock;

  ArticleService(
      ArticleRepository articles,
      TagRepository tags,
      ApplicationEventPublisher events,
      Changes changes,
      Clock clock) {
    this.articles = articles;
    this.tags = tags;
    this.events = events;
    this.changes = changes;
    this.clock = clock;
  }

  @Transactional
  public long create(ArticleDraft draft) {
    return insert(draft).article().id();
  }

  /** What a save wrote: the article row as stored and its tags as named in the database. */
  public record Saved(Article article, List<Tag> tags) {}

  /**
   * Creates an article in whatever status the draft says (a new article may be published or
   * scheduled at once): one INSERT of the row, then its links.
   */
  @Transactional
  public Saved insert(ArticleDraft draft) {
    validate(draft);
    Instant now = clock.instant();
    String slug = slugOf(draft);
    String body = ArticleBodyPolicy.sanitize(draft.bodyHtml());
    long id = articles.insert(draft, slug, body, now);
    List<Tag> tagList = replaceLinks(id, draft);
    Instant updatedAt =
        draft.updatedAt() != null
            ? draft.updatedAt()
            : draft.publishedAt() != null ? draft.publishedAt() : now;
    Article article =
        new Article(
            id,
            draft.sectionId(),
            draft.title(),
            slug,
            draft.lead(),
            body,
            draft.source(),
            draft.editorCode(),
            draft.leadMediaId(),
            draft.readAlsoId(),
            draft.status(),
            draft.publishedAt(),
            now,
            updatedAt,
            0,
            draft.seo());
    if (draft.status() == ArticleStatus.PUBLISHED) {
      changes.record(keys(id, draft.sectionId(), tagList, draft.authorIds()));
      events.publishEvent(new ArticlePublished(id));
    }
    return new Saved(article, tagList);
  }

  /**
   * Saves a whole article over the version the caller read, including its status and publication
   * time. Refused with {@link StaleArticleException} when someone saved in between. Fires
   * ArticlePublished when the article is (still) visible, ArticleWithdrawn when it stops being.
   *
   * @return the article's new version
   */
  @Transactional
  public int update(long id, int expectedVersion, ArticleDraft draft) {
    Article before =
        articles
            .findById(id)
            .orElseThrow(() -> new IllegalArgumentException("Artikel tidak ditemukan."));
    return save(before, expectedVersion, draft).article().version();
  }

  /**
   * Saves a whole article over the version the caller read, {@code before} being the row the caller
   * read: one UPDATE ... RETURNING of the row, then its links. Refused with {@link
   * StaleArticleException} when someone saved in between. Fires ArticlePublished when the article
   * is (still) visible, ArticleWithdrawn when it stops being.
   */
  @Transactional
  public Saved save(Article before, int expectedVersion, ArticleDraft draft) {
    long id = before.id();
    validate(draft);
    if (draft.relatedIds().contains(id) || Long.valueOf(id).equals(draft.readAlsoId())) {
      throw new IllegalArgumentException("Artikel tidak dapat terkait dengan dirinya sendiri.");
    }
    // What showed the article before: read only when readers could see it.
    Set<String> shownBefore = before.isPublished() ? shownUnder(id) : Set.of();
    String slug = slugOf(draft);
    Instant updatedAt = draft.updatedAt() != null ? draft.updatedAt() : clock.instant();
    Article saved =
        articles
            .update(
                id,
                expectedVersion,
                draft,
                slug,
                ArticleBodyPolicy.sanitize(draft.bodyHtml()),
                draft.publishedAt(),
                updatedAt)
            .orElseThrow(() -> new StaleArticleException(id, expectedVersion));
    List<Tag> tagList = replaceLinks(id, draft);
    Set<String> changed = new LinkedHashSet<>(shownBefore);
    if (draft.status() == ArticleStatus.PUBLISHED) {
      changed.addAll(keys(id, draft.sectionId(), tagList, draft.authorIds()));
    }
    changes.record(changed);
    if (draft.status() == ArticleStatus.PUBLISHED) {
      events.publishEvent(new ArticlePublished(id));
    } else if (before.status() == ArticleStatus.PUBLISHED) {
      events.publishEvent(new ArticleWithdrawn(id));
    }
    return new Saved(saved, tagList);
  }

  /** Publishes a scheduled article if its time has come; exactly once, whoever calls. */
  @Transactional
  public boolean publishIfDue(long id, Instant now) {
    if (!articles.publishIfDue(id, now)) {
      return false;
    }
    changes.record(shownUnder(id));
    events.publishEvent(new ArticlePublished(id));
    return true;
  }

  /** Adds a correction ("Ralat") to a published article; its updated time becomes now. */
  @Transactional
  public void addCorrection(long id, String note) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() || text.length() > 2000) {
      throw new IllegalArgumentException("Isi ralat wajib diisi, paling banyak 2000 karakter.");
    }
    Article article =
        articles
            .findById(id)
            .orElseThrow(() -> new IllegalArgumentException("Artikel tidak ditemukan."));
    if (!article.isPublished()) {
      throw new IllegalArgumentException("Ralat hanya untuk artikel yang sudah terbit.");
    }
    articles.insertCorrection(id, text, clock.instant());
    changes.record(shownUnder(id));
    events.publishEvent(new ArticlePublished(id));
  }

  private List<Tag> replaceLinks(long id, ArticleDraft draft) {
    articles.replaceAuthors(id, draft.authorIds());
    List<Tag> tagList = tags.findOrCreateAll(draft.tags());
    articles.replaceTags(id, tagList.stream().map(Tag::id).toList());
    articles.replaceRelated(id, draft.relatedIds().stream().distinct().toList());
    return tagList;
  }

  private static Set<String> keys(
      long id, long sectionId, List<Tag> tagList, List<Long> authorIds) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(ArticleKeys.article(id));
    keys.add(ArticleKeys.ARTICLES);
    keys.add(Section.key(sectionId));
    tagList.forEach(t -> keys.add(ArticleKeys.tag(t.id())));
    authorIds.forEach(a -> keys.add(Author.key(a)));
    return keys;
  }

  static String slugOf(ArticleDraft draft) {
    String slug =
        draft.slug() == null || draft.slug().isBlank()
            ? Slugs.of(draft.title())
            : draft.slug().strip();
    if (!Slugs.isValid(slug) || slug.length() > 200) {
      throw new IllegalArgumentException(
          "Slug tidak valid: gunakan huruf kecil, angka dan tanda hubung, paling banyak 200"
              + " karakter.");
    }
    return slug;
  }

  /** Links an existing article to its related articles (the editor's "Baca Juga" choices). */
  @Transactional
  public void setRelated(long articleId, Long readAlsoId, List<Long> relatedIds) {
    if (relatedIds.contains(articleId) || Long.valueOf(articleId).equals(readAlsoId)) {
      throw new IllegalArgumentException("Artikel tidak dapat terkait dengan dirinya sendiri.");
    }
    articles.setReadAlso(articleId, readAlsoId);
    articles.replaceRelated(articleId, relatedIds);
    if (articles.findById(articleId).map(Article::isPublished).orElse(false)) {
      changes.record(ArticleKeys.article(articleId));
    }
  }

  /** The keys of everything that shows this article as it is now in this transaction. */
  private Set<String> shownUnder(long id) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(ArticleKeys.article(id));
    keys.add(ArticleKeys.ARTICLES);
    articles.findById(id).ifPresent(a -> keys.add(Section.key(a.sectionId())));
    articles.findTags(id).forEach(t -> keys.add(ArticleKeys.tag(t.id())));
    articles.findAuthors(id).forEach(a -> keys.add(Author.key(a.id())));
    return keys;
  }

  static void validate(ArticleDraft draft) {
    if (draft.title().isEmpty() || draft.title().length() > TITLE_MAX) {
      throw new IllegalArgumentException("Judul wajib diisi, paling banyak 300 karakter.");
    }
    if (draft.lead().length() > LEAD_MAX) {
      throw new IllegalArgumentException("Ringkasan paling banyak 2000 karakter.");
    }
    if (draft.authorIds().isEmpty()) {
      throw new IllegalArgumentException("Artikel harus memiliki paling sedikit satu penulis.");
    }
    if (draft.source().length() > 100) {
      throw new IllegalArgumentException("Sumber paling banyak 100 karakter.");
    }
    if (draft.editorCode().length() > 20) {
      throw new IllegalArgumentException("Kode editor paling banyak 20 karakter.");
    }
    if (draft.tags().size() > 20 || draft.tags().stream().anyMatch(t -> t.length() > 120)) {
      throw new IllegalArgumentException(
          "Paling banyak 20 tag, masing-masing paling banyak 120 karakter.");
    }
    if (draft.relatedIds().size() > 10) {
      throw new IllegalArgumentException("Paling banyak 10 tautan Baca Juga.");
    }
    if (draft.status() == ArticleStatus.PUBLISHED && draft.publishedAt() == null) {
      throw new IllegalArgumentException("Artikel terbit harus memiliki waktu terbit.");
    }
    if (draft.status() == ArticleStatus.SCHEDULED && draft.publishedAt() == null) {
      throw new IllegalArgumentException("Artikel terjadwal harus memiliki waktu terbit.");
    }
  }
}
