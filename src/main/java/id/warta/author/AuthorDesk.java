package id.warta.author;

import id.warta.platform.Changes;
import id.warta.platform.NotFoundException;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits author profiles for the newsroom's author screens; both go in the audit log.
 */
@Service
class AuthorDesk {
  private final AuthorRepository authors;
  private final Portraits media;
  private final Changes changes;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  AuthorDesk(
      AuthorRepository authors,
      Portraits media,
      Changes changes,
      ApplicationEventPublisher events,
      AuditLog audit) {
    this.authors = authors;
    this.media = media;
    this.changes = changes;
    this.events = events;
    this.audit = audit;
  }

  @Transactional
  AuthorProfile create(Actor actor, AuthorFields fields) {
    var v = check(fields, null);
    AuthorProfile created =
        authors
            .insertProfile(v.slug(), v.name(), v.bio(), v.photo(), v.links())
            .orElseThrow(() -> taken(v.slug()));
    audit.record(actor, "AUTHOR_CREATED", target(created), created.name());
    return created;
  }

  @Transactional
  AuthorProfile update(Actor actor, long id, AuthorFields fields) {
    var v = check(fields, id);
    AuthorProfile before =
        authors
            .findProfile(id)
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    AuthorProfile after =
        authors
            .updateProfile(id, v.slug(), v.name(), v.bio(), v.photo(), v.links())
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    changes.record(Author.key(id));
    if (!before.name().equals(after.name()) || !before.slug().equals(after.slug())) {
      events.publishEvent(new AuthorChanged(id));
    }
    audit.record(actor, "AUTHOR_UPDATED", target(after), changed(before, after));
    return after;
  }

  private static String target(AuthorProfile a) {
    return "penulis " + a.id() + " /penulis/" + a.slug();
  }

  /** Which parts of the profile changed, in the newsroom's words. */
  private static String changed(AuthorProfile before, AuthorProfile after) {
    var parts = new java.util.ArrayList<String>();
    if (!before.name().equals(after.name())) {
      parts.add("nama: " + before.name() + " → " + after.name());
    }
    if (!before.slug().equals(after.slug())) {
      parts.add("alamat: /penulis/" + before.slug() + " → /penulis/" + after.slug());
    }
    if (!java.util.Objects.equals(before.bio(), after.bio())) {
      parts.add("bio");
    }
    if (!java.util.Objects.equals(before.photoMediaId(), after.photoMediaId())) {
      parts.add("foto");
    }
    if (!java.util.Objects.equals(before.links(), after.links())) {
      parts.add("tautan");
    }
    return parts.isEmpty() ? "tanpa perubahan" : String.join("; ", parts);
  }

  private AuthorFields.Valid check(AuthorFields fields, Long self) {
    var v = fields.validate();
    if (v.photo() != null && !media.exists(v.photo())) {
      throw new IllegalArgumentException("Foto tidak ada di pustaka media.");
    }
    // Checked first for a clear message; the unique index still decides between two at once.
    if (authors.slugTaken(v.slug(), self)) {
      throw taken(v.slug());
    }
    return v;
  }

  private static IllegalArgumentException taken(String slug) {
    return new IllegalArgumentException("Alamat /penulis/" + slug + " sudah dipakai penulis lain.");
  }
}
