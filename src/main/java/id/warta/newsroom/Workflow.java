package id.warta.newsroom;

import id.warta.platform.desk.ForbiddenException;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.Role;
import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaRepository;
import id.warta.platform.NotFoundException;
import id.warta.section.SectionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: draft → in review → scheduled or published → unpublished, with the
 * role rules. Writers write and submit their own drafts; editors edit, publish, schedule,
 * unpublish and correct any article. Every save is a revision; publishing, unpublishing and
 * corrections are audited.
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
      Clock clock) {
    this.service = service;
    this.articles = articles;
    this.revisions = revisions;
    this.owners = owners;
    this.audit = audit;
    this.sections = sections;
    this.authors = authors;
    this.media = media;
    this.clock = clock;
  }

  Article find(long id) {
    return articles.findById(id).orElseThrow(() -> new NotFoundException("Artikel tidak ditemukan."));
  }

  /** Writers may change only their own drafts; editors any article. */
  boolean canEdit(Actor actor, Article article) {
    if (actor.can(Role.EDITOR)) {
      return true;
    }
    return article.status() == ArticleStatus.DRAFT
        && actor.id() != null
        && owners.find(article.id()).map(actor.id()::equals).orElse(false);
  }

  @Transactional
  long create(Actor actor, ArticleDraft fields, Action action) {
    checkReferences(fields, null);
    long id = service.create(withStatus(fields, ArticleStatus.DRAFT, null));
    if (actor.id() != null) {
      owners.set(id, actor.id());
    }
    revisions.record(id, actor, "Dibuat", clock.instant());
    if (action != Action.SIMPAN) {
      save(actor, id, 0, fields, action, null);
    }
    return id;
  }

  /**
   * Saves the form over the version the editor opened and applies the action.
   *
   * @return the new version
   */
  @Transactional
  int save(Actor actor, long id, int version, ArticleDraft fields, Action action, Instant scheduleAt) {
    // Before anything is read: two first saves of an imported article would both number their
    // original revision 1 (PostgreSQL), instead of one of them seeing the other's save (409).
    articles.lock(id);
    Article current = find(id);
    if (!canEdit(actor, current)) {
      throw new ForbiddenException("Anda tidak dapat mengubah artikel ini.");
    }
    checkReferences(fields, id);
    Instant now = clock.instant();
    keepOriginal(id, now);
    ArticleStatus from = current.status();
    ArticleStatus to = from;
    Instant publishedAt = current.publishedAt();
    switch (action) {
      case SIMPAN -> {}
      case AJUKAN -> {
        require(from == ArticleStatus.DRAFT, "Hanya draf yang dapat diajukan ke editor.");
        to = ArticleStatus.IN_REVIEW;
      }
      case TERBITKAN -> {
        requireEditor(actor);
        require(from != ArticleStatus.PUBLISHED, "Artikel ini sudah terbit.");
        to = ArticleStatus.PUBLISHED;
        publishedAt = from == ArticleStatus.UNPUBLISHED && publishedAt != null ? publishedAt : now;
      }
      case JADWALKAN -> {
        requireEditor(actor);
        require(from != ArticleStatus.PUBLISHED, "Artikel ini sudah terbit; tarik dulu untuk menjadwalkan ulang.");
        require(scheduleAt != null, "Isi waktu terbit untuk menjadwalkan.");
        require(scheduleAt.isAfter(now), "Waktu terbit jadwal harus di masa depan.");
        to = ArticleStatus.SCHEDULED;
        publishedAt = scheduleAt;
      }
      case TARIK -> {
        requireEditor(actor);
        require(
            from == ArticleStatus.PUBLISHED || from == ArticleStatus.SCHEDULED,
            "Hanya artikel terbit atau terjadwal yang dapat ditarik.");
        to = ArticleStatus.UNPUBLISHED;
        if (from == ArticleStatus.SCHEDULED) {
          publishedAt = null;
        }
      }
      case KEMBALIKAN -> {
        requireEditor(actor);
        require(from == ArticleStatus.IN_REVIEW, "Hanya artikel dalam antrean yang dapat dikembalikan.");
        to = ArticleStatus.DRAFT;
      }
    }
    int next = service.update(id, version, withStatus(fields, to, publishedAt));
    revisions.record(id, actor, action.label(), now);
    Article saved = find(id);
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
    return next;
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
        revisions.find(id, number).orElseThrow(() -> new NotFoundException("Revisi tidak ditemukan."));
    var fields =
        new ArticleDraft(
            r.sectionId(), r.title(), r.slug(), r.lead(), r.bodyHtml(), r.source(), r.editorCode(),
            r.leadMediaId() != null && media.findById(r.leadMediaId()).isPresent() ? r.leadMediaId() : null,
            r.readAlsoId() != null && articles.findById(r.readAlsoId()).isPresent() ? r.readAlsoId() : null,
            current.status(), current.publishedAt(), null, r.authorIds(), r.tags(),
            r.relatedIds().stream().filter(x -> articles.findById(x).isPresent()).toList(),
            current.seo());
    checkReferences(fields, id);
    int next = service.update(id, version, fields);
    revisions.record(id, actor, "Dipulihkan dari revisi " + number, clock.instant());
    if (current.isPublished()) {
      audit.record(actor, "RESTORE", target(current), "revisi " + number);
    }
    return next;
  }

  /**
   * Articles that did not come through the newsroom (imported, or from before it) have no
   * revision yet: their state before the first newsroom save becomes revision 1, so it can be
   * compared and restored like any other.
   */
  private void keepOriginal(long id, Instant now) {
    if (revisions.findAll(id).isEmpty()) {
      revisions.record(id, Actor.SYSTEM, "Sebelum disunting di redaksi", now);
    }
  }

  private void checkReferences(ArticleDraft fields, Long self) {
    if (sections.findById(fields.sectionId()).isEmpty()) {
      throw new IllegalArgumentException("Pilih kanal.");
    }
    Set<Long> known = authors.findAll().stream().map(Author::id).collect(Collectors.toSet());
    if (!known.containsAll(fields.authorIds())) {
      throw new IllegalArgumentException("Penulis tidak dikenal.");
    }
    if (fields.leadMediaId() != null && media.findById(fields.leadMediaId()).isEmpty()) {
      throw new IllegalArgumentException("Foto utama tidak ada di pustaka media.");
    }
    if (fields.seo().imageId() != null && media.findById(fields.seo().imageId()).isEmpty()) {
      throw new IllegalArgumentException("Gambar media sosial tidak ada di pustaka media.");
    }
    for (Long related : fields.relatedIds()) {
      if (articles.findById(related).isEmpty()) {
        throw new IllegalArgumentException("Artikel Baca Juga " + related + " tidak ditemukan.");
      }
    }
    if (fields.readAlsoId() != null && articles.findById(fields.readAlsoId()).isEmpty()) {
      throw new IllegalArgumentException("Artikel Baca Juga " + fields.readAlsoId() + " tidak ditemukan.");
    }
    if (self != null && (fields.relatedIds().contains(self) || self.equals(fields.readAlsoId()))) {
      throw new IllegalArgumentException("Artikel tidak dapat terkait dengan dirinya sendiri.");
    }
  }

  private static ArticleDraft withStatus(ArticleDraft d, ArticleStatus status, Instant publishedAt) {
    return new ArticleDraft(
        d.sectionId(), d.title(), d.slug(), d.lead(), d.bodyHtml(), d.source(), d.editorCode(),
        d.leadMediaId(), d.readAlsoId(), status, publishedAt, null, d.authorIds(), d.tags(),
        d.relatedIds(), d.seo());
  }

  private static void requireEditor(Actor actor) {
    if (!actor.can(Role.EDITOR)) {
      throw new ForbiddenException("Hanya editor yang dapat melakukan ini.");
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static String target(Article a) {
    return "artikel " + a.id() + " \u201c" + a.title() + "\u201d";
  }
}
