package id.warta.author;

import id.warta.platform.Changes;
import id.warta.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits author profiles for the newsroom's author screens. */
@Service
class AuthorDesk {
  private final AuthorRepository authors;
  private final Portraits media;
  private final Changes changes;
  private final ApplicationEventPublisher events;

  AuthorDesk(
      AuthorRepository authors,
      Portraits media,
      Changes changes,
      ApplicationEventPublisher events) {
    this.authors = authors;
    this.media = media;
    this.changes = changes;
    this.events = events;
  }

  @Transactional
  AuthorProfile create(AuthorFields fields) {
    var v = check(fields, null);
    return authors
        .insertProfile(v.slug(), v.name(), v.bio(), v.photo(), v.links())
        .orElseThrow(() -> taken(v.slug()));
  }

  @Transactional
  AuthorProfile update(long id, AuthorFields fields) {
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
    return after;
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
