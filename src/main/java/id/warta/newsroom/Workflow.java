package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSeo;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaRepository;
import id.warta.platform.NotFoundException;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.ForbiddenException;
import id.warta.platform.desk.Role;
import id.warta.section.SectionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: draft → in review → scheduled or published → unpublished, with the role
 * rules (the status rules themselves are article.StatusChange). Writers write and submit their own
 * drafts; editors edit, publish, schedule, unpublish and correct any article. Every save is a
 * revision; publishing, unpublishing and corrections are audited.
 */
@Service
class Workflow {
  private final ArticleService service;
  private final ArticleRepository articles;
  private final RevisionRepository revisions;
  private final ArticleOwners owners;
  private final AuditLog audit;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final MediaRepository media;
  private final References references;
  private final Reviews reviews;
  private final Clock clock;

  Workflow(
      ArticleService service,
      ArticleRepository articles,
      RevisionRepository revisions,
      ArticleOwners owners,
      AuditLog audit,
      SectionRepository sections,
      AuthorRepository authors,
      MediaRepository media,
      References references,
      Reviews reviews,
      Clock clock) {
    this.service = service;
    this.articles = articles;
    this.revisions = revisions;
    this.owners = owners;
    this.audit = audit;
    this.sections = sections;
    this.authors = authors;
    this.media = media;
    this.references = references;
    this.reviews = reviews;
    this.clock = clock;
  }

  Article find(long id) {
    return articles
        .findById(id)
        .orElseThrow(() -> new NotFoundException("Artikel tidak ditemukan."));
  }

  Optional<Article> findOptional(long id) {
    return articles.findById(id);
  }

  /** Writers may change only their own drafts; editors any article. */
  boolean canEdit(Actor actor, Article article) {
    if (actor.can(Role.EDITOR)) {
      return true;
    }
    return article.status() == ArticleStatus.DRAFT && owns(actor, article.id());
  }

  /**
   * Writers see published articles and their own; what other writers have not yet published
   * (drafts, the queue, embargoed and withdrawn articles) only editors and admins see.
   */
  boolean canView(Actor actor, Article article) {
    return actor.can(Role.EDITOR) || article.isPublished() || owns(actor, article.id());
  }

  /** Whether this account may pull its submitted article back out of the review queue. */
  boolean canPullBack(Actor actor, Article article) {
    return article.status() == ArticleStatus.IN_REVIEW
        && (actor.can(Role.EDITOR) || owns(actor, article.id()));
  }

  private boolean owns(Actor actor, long articleId) {
    return actor.id() != null && owners.find(articleId).map(actor.id()::equals).orElse(false);
  }

  @Transactional
  long create(Actor actor, ArticleDraft fields, Action action) {
    return create(actor, fields, action, null);
  }

  /**
   * Creates an article with the action applied at once: one INSERT in the status it ends up in, so
   * a new article can be published or scheduled directly.
   */
  @Transactional
  long create(Actor actor, ArticleDraft fields, Action action, Instant scheduleAt) {
    if (action == Action.TARIK || action == Action.KEMBALIKAN || action == Action.TARIK_AJUAN) {
      throw new IllegalArgumentException(
          "Simpan artikel dulu sebelum " + action.label().toLowerCase(java.util.Locale.ROOT) + ".");
    }
    if (action.editorsOnly()) {
      requireEditor(actor);
    }
    checkReferences(fields, null);
    checkBylines(actor, fields, List.of());
    Instant now = clock.instant();
    var outcome = action.change().apply(null, null, now, scheduleAt);
    var saved = service.insert(withStatus(fields, outcome.status(), outcome.publishedAt()));
    long id = saved.article().id();
    if (actor.id() != null) {
      owners.set(id, actor.id());
    }
    String label =
        action == Action.SIMPAN
            ? "Dibuat"
            : "Dibuat, " + action.label().toLowerCase(java.util.Locale.ROOT);
    revisions.insert(
        1,
        saved.article(),
        fields.authorIds(),
        saved.tags().stream().map(Tag::name).toList(),
        fields.relatedIds(),
        actor,
        label,
        now);
    if (action == Action.AJUKAN) {
      reviews.submitted(id, actor, now);
    }
    audit(actor, action, null, saved.article());
    return id;
  }

  @Transactional
  int save(
      Actor actor, long id, int version, ArticleDraft fields, Action action, Instant scheduleAt) {
    return save(actor, id, version, fields, action, scheduleAt, null);
  }

  /**
   * Saves the form over the version the editor opened and applies the action: one read of the
   * article, one UPDATE ... RETURNING of it (which refuses a stale version), its links, the
   * revision, the audit line.
   *
   * @param note the editor's note to the writer; required to send an article back (KEMBALIKAN)
   * @return the new version
   */
  @Transactional
  int save(
      Actor actor,
      long id,
      int version,
      ArticleDraft fields,
      Action action,
      Instant scheduleAt,
      String note) {
    Article current = find(id);
    boolean allowed =
        action == Action.TARIK_AJUAN ? canPullBack(actor, current) : canEdit(actor, current);
    if (!allowed) {
      throw new ForbiddenException("Anda tidak dapat mengubah artikel ini.");
    }
    if (action.editorsOnly()) {
      requireEditor(actor);
    }
    String returnNote = note == null ? "" : note.strip();
    if (action == Action.KEMBALIKAN && (returnNote.isEmpty() || returnNote.length() > 2000)) {
      throw new IllegalArgumentException(
          "Tulis catatan untuk penulis: apa yang perlu diperbaiki (paling banyak 2000 karakter).");
    }
    checkReferences(fields, id);
    if (!actor.can(Role.EDITOR)) {
      checkBylines(actor, fields, articles.findAuthors(id).stream().map(Author::id).toList());
    }
    Instant now = clock.instant();
    var outcome = action.change().apply(current.status(), current.publishedAt(), now, scheduleAt);
    // Articles that did not come through the newsroom (imported, or from before it) have no
    // revision yet: their state before the first newsroom save becomes revision 1. Read before
    // the UPDATE; if another first save got in between, the UPDATE finds a newer version and
    // this save is refused before it writes anything.
    int number = revisions.nextNumber(id);
    List<Long> oldAuthors = List.of();
    List<String> oldTags = List.of();
    List<Long> oldRelated = List.of();
    if (number == 1) {
      oldAuthors = articles.findAuthors(id).stream().map(Author::id).toList();
      oldTags = articles.findTags(id).stream().map(Tag::name).toList();
      oldRelated = articles.findRelatedIds(id);
    }
    var saved =
        service.save(current, version, withStatus(fields, outcome.status(), outcome.publishedAt()));
    if (number == 1) {
      revisions.insert(
          1,
          current,
          oldAuthors,
          oldTags,
          oldRelated,
          Actor.SYSTEM,
          "Sebelum disunting di redaksi",
          now);
      number = 2;
    }
    revisions.insert(
        number,
        saved.article(),
        fields.authorIds(),
        saved.tags().stream().map(Tag::name).toList(),
        fields.relatedIds(),
        actor,
        action.label(),
        now);
    switch (action) {
      case AJUKAN -> reviews.submitted(id, actor, now);
      case KEMBALIKAN -> reviews.returned(id, actor, now, returnNote);
      default -> {
        if (current.status() == ArticleStatus.IN_REVIEW
            && outcome.status() != ArticleStatus.IN_REVIEW) {
          reviews.leftQueue(id);
        }
      }
    }
    audit(actor, action, current.status(), saved.article());
    return saved.article().version();
  }

  private void audit(Actor actor, Action action, ArticleStatus from, Article saved) {
    switch (action) {
      case TERBITKAN -> audit.record(actor, "PUBLISH", target(saved), "");
      case JADWALKAN ->
          audit.record(actor, "SCHEDULE", target(saved), "terbit " + saved.publishedAt());
      case TARIK -> audit.record(actor, "UNPUBLISH", target(saved), "dari status " + from);
      default -> {
        if (from == ArticleStatus.PUBLISHED) {
          audit.record(actor, "EDIT_PUBLISHED", target(saved), "");
        }
      }
    }
  }

  /** The writer takes a submitted article back out of the queue, as it is. */
  @Transactional
  int pullBack(Actor actor, long id, int version) {
    Article current = find(id);
    return save(actor, id, version, draftOf(current), Action.TARIK_AJUAN, null, null);
  }

  /**
   * One article of a bulk action from the list: publish, withdraw, or move to another section (a
   * save of its fields as they are, with the same rules as the editor's buttons).
   */
  @Transactional
  void bulk(Actor actor, long id, Action action, Long sectionId) {
    requireEditor(actor);
    Article current = find(id);
    ArticleDraft fields = draftOf(current);
    if (sectionId != null) {
      fields =
          new ArticleDraft(
              sectionId,
              fields.title(),
              fields.slug(),
              fields.lead(),
              fields.bodyHtml(),
              fields.source(),
              fields.editorCode(),
              fields.leadMediaId(),
              fields.readAlsoId(),
              fields.status(),
              fields.publishedAt(),
              null,
              fields.authorIds(),
              fields.tags(),
              fields.relatedIds(),
              fields.seo());
    }
    save(actor, id, current.version(), fields, action, null, null);
  }

  Optional<Reviews.Review> review(long id) {
    return reviews.find(id);
  }

  /** The article's fields as stored, for actions that change only its status or section. */
  ArticleDraft draftOf(Article a) {
    return new ArticleDraft(
        a.sectionId(),
        a.title(),
        a.slug(),
        a.lead(),
        a.bodyHtml(),
        a.source(),
        a.editorCode(),
        a.leadMediaId(),
        a.readAlsoId(),
        a.status(),
        a.publishedAt(),
        null,
        articles.findAuthors(a.id()).stream().map(Author::id).toList(),
        articles.findTags(a.id()).stream().map(Tag::name).toList(),
        articles.findRelatedIds(a.id()),
        a.seo());
  }

  @Transactional
  void correct(Actor actor, long id, String note) {
    requireEditor(actor);
    articles.lock(id);
    Article article = find(id);
    keepOriginal(id, clock.instant());
    service.addCorrection(id, note);
    revisions.record(id, actor, "Ralat ditambahkan", clock.instant());
    audit.record(actor, "CORRECTION", target(article), note == null ? "" : note.strip());
  }

  /** Restores an old revision's content as a new save; the status stays as it is. */
  @Transactional
  int restore(Actor actor, long id, int version, int number) {
    articles.lock(id);
    Article current = find(id);
    if (!canEdit(actor, current)) {
      throw new ForbiddenException("Anda tidak dapat mengubah artikel ini.");
    }
    keepOriginal(id, clock.instant());
    Revision r =
        revisions
            .find(id, number)
            .orElseThrow(() -> new NotFoundException("Revisi tidak ditemukan."));
    var fields =
        new ArticleDraft(
            r.sectionId(),
            r.title(),
            r.slug(),
            r.lead(),
            r.bodyHtml(),
            r.source(),
            r.editorCode(),
            r.leadMediaId() != null && media.findById(r.leadMediaId()).isPresent()
                ? r.leadMediaId()
                : null,
            r.readAlsoId() != null && articles.findById(r.readAlsoId()).isPresent()
                ? r.readAlsoId()
                : null,
            current.status(),
            current.publishedAt(),
            null,
            r.authorIds(),
            r.tags(),
            r.relatedIds().stream().filter(x -> articles.findById(x).isPresent()).toList(),
            restoredSeo(r, current));
    checkReferences(fields, id);
    int next = service.update(id, version, fields);
    revisions.record(id, actor, "Dipulihkan dari revisi " + number, clock.instant());
    if (current.isPublished()) {
      audit.record(actor, "RESTORE", target(current), "revisi " + number);
    }
    return next;
  }

  /**
   * The SEO fields a restore brings back: the revision's (a social image since deleted from the
   * library falls back to the lead photo), or the current ones when the revision predates them.
   */
  private ArticleSeo restoredSeo(Revision r, Article current) {
    if (r.seo() == null) {
      return current.seo();
    }
    Long image = r.seo().imageId();
    return image == null || media.findById(image).isPresent()
        ? r.seo()
        : new ArticleSeo(r.seo().title(), r.seo().description(), null);
  }

  /**
   * Articles that did not come through the newsroom (imported, or from before it) have no revision
   * yet: their state before the first newsroom save becomes revision 1, so it can be compared and
   * restored like any other.
   */
  private void keepOriginal(long id, Instant now) {
    if (revisions.findAll(id).isEmpty()) {
      revisions.record(id, Actor.SYSTEM, "Sebelum disunting di redaksi", now);
    }
  }

  /**
   * A writer signs with their own byline; other bylines are the editors' to give. Bylines an
   * article already has stay allowed, so a writer's save keeps what an editor added.
   */
  private static void checkBylines(Actor actor, ArticleDraft fields, List<Long> current) {
    if (actor.can(Role.EDITOR)) {
      return;
    }
    for (long author : fields.authorIds()) {
      if (!current.contains(author) && !Long.valueOf(author).equals(actor.authorId())) {
        throw new IllegalArgumentException(
            "Penulis hanya dapat memakai bylinenya sendiri; byline lain dipilih oleh editor.");
      }
    }
  }

  private void checkReferences(ArticleDraft fields, Long self) {
    var found = references.count(fields);
    if (found.sections() == 0) {
      throw new IllegalArgumentException("Pilih kanal.");
    }
    if (found.authors() != fields.authorIds().stream().distinct().count()) {
      throw new IllegalArgumentException("Penulis tidak dikenal.");
    }
    if (fields.leadMediaId() != null && found.media() == 0) {
      throw new IllegalArgumentException("Foto utama tidak ada di pustaka media.");
    }
    if (fields.seo().imageId() != null && media.findById(fields.seo().imageId()).isEmpty()) {
      throw new IllegalArgumentException("Gambar media sosial tidak ada di pustaka media.");
    }
    if (found.related() != fields.relatedIds().stream().distinct().count()) {
      for (Long related : fields.relatedIds()) {
        if (articles.findById(related).isEmpty()) {
          throw new IllegalArgumentException("Artikel Baca Juga " + related + " tidak ditemukan.");
        }
      }
    }
    if (fields.readAlsoId() != null && found.readAlso() == 0) {
      throw new IllegalArgumentException(
          "Artikel Baca Juga " + fields.readAlsoId() + " tidak ditemukan.");
    }
    if (self != null && (fields.relatedIds().contains(self) || self.equals(fields.readAlsoId()))) {
      throw new IllegalArgumentException("Artikel tidak dapat terkait dengan dirinya sendiri.");
    }
  }

  private static ArticleDraft withStatus(
      ArticleDraft d, ArticleStatus status, Instant publishedAt) {
    return new ArticleDraft(
        d.sectionId(),
        d.title(),
        d.slug(),
        d.lead(),
        d.bodyHtml(),
        d.source(),
        d.editorCode(),
        d.leadMediaId(),
        d.readAlsoId(),
        status,
        publishedAt,
        null,
        d.authorIds(),
        d.tags(),
        d.relatedIds(),
        d.seo());
  }

  private static void requireEditor(Actor actor) {
    if (!actor.can(Role.EDITOR)) {
      throw new ForbiddenException("Hanya editor yang dapat melakukan ini.");
    }
  }

  private static String target(Article a) {
    return "artikel " + a.id() + " \u201c" + a.title() + "\u201d";
  }
}
