package id.warta.epaper;

import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's side of the e-paper: uploads and retries, each recorded in the audit log in the
 * transaction that stores it, so a refused upload leaves neither an edition nor an entry.
 */
@Service
class EpaperDesk {
  private final EditionService editions;
  private final AuditLog audit;

  EpaperDesk(EditionService editions, AuditLog audit) {
    this.editions = editions;
    this.audit = audit;
  }

  /** Not one transaction: the PDF is checked and stored before the edition's transaction opens. */
  EditionProgress upload(Actor actor, EditionUpload upload) {
    return editions.upload(
        upload,
        stored ->
            audit.record(
                actor,
                "EPAPER_UPLOADED",
                "edisi " + stored.editionId(),
                stored.title()
                    + " "
                    + stored.editionDate()
                    + " ("
                    + stored.pageCount()
                    + " halaman)"));
  }

  /** Replaces the edition of that date in one transaction, recorded as a deletion and an upload. */
  EditionProgress replace(Actor actor, EditionUpload upload) {
    return editions.replace(
        upload,
        (old, stored) -> {
          if (old != null) {
            audit.record(
                actor,
                "EPAPER_DELETED",
                "edisi " + old.editionId(),
                old.title() + " " + old.editionDate() + " (diganti)");
          }
          audit.record(
              actor,
              "EPAPER_UPLOADED",
              "edisi " + stored.editionId(),
              stored.title()
                  + " "
                  + stored.editionDate()
                  + " ("
                  + stored.pageCount()
                  + " halaman)"
                  + (old == null ? "" : ", mengganti edisi " + old.editionId()));
        });
  }

  EditionProgress delete(Actor actor, long editionId) {
    return editions.delete(
        editionId,
        deleted ->
            audit.record(
                actor,
                "EPAPER_DELETED",
                "edisi " + editionId,
                deleted.title() + " " + deleted.editionDate()));
  }

  @Transactional
  EditionProgress retry(Actor actor, long editionId) {
    EditionProgress retried = editions.retry(editionId);
    audit.record(
        actor,
        "EPAPER_RETRIED",
        "edisi " + editionId,
        retried.title() + " " + retried.editionDate());
    return retried;
  }
}
