package id.warta.media;

import id.warta.platform.NotFoundException;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's side of the media library: uploads, and deletes that never break an article. */
@Service
class MediaDesk {
  private final MediaLibrary library;
  private final MediaRepository media;
  private final List<MediaReferences> references;
  private final AuditLog audit;

  MediaDesk(
      MediaLibrary library,
      MediaRepository media,
      List<MediaReferences> references,
      AuditLog audit) {
    this.library = library;
    this.media = media;
    this.references = references;
    this.audit = audit;
  }

  /** Not one transaction: the library decodes and renders before it opens its own. */
  MediaAsset upload(
      Actor actor, byte[] bytes, String fileName, String type, MediaLibrary.Description d) {
    return library.upload(
        bytes,
        fileName,
        type,
        d,
        asset -> audit.record(actor, "MEDIA_UPLOADED", "media " + asset.id(), asset.caption()));
  }

  /** Corrects credit, caption and alternative text; the audit log says which changed. */
  @Transactional
  MediaAsset describe(Actor actor, long id, MediaLibrary.Description d) {
    MediaAsset before =
        media.findById(id).orElseThrow(() -> new NotFoundException("Media tidak ditemukan."));
    MediaAsset after = library.describe(id, d);
    var parts = new ArrayList<String>();
    if (!before.credit().equals(after.credit())) {
      parts.add("kredit: " + before.credit() + " → " + after.credit());
    }
    if (!before.caption().equals(after.caption())) {
      parts.add("keterangan: " + before.caption() + " → " + after.caption());
    }
    if (!before.altText().equals(after.altText())) {
      parts.add("teks alternatif: " + before.altText() + " → " + after.altText());
    }
    audit.record(
        actor,
        "MEDIA_DESCRIBED",
        "media " + id,
        parts.isEmpty() ? "tanpa perubahan" : String.join("; ", parts));
    return after;
  }

  @Transactional
  void delete(Actor actor, long id) {
    MediaAsset asset =
        media.findById(id).orElseThrow(() -> new NotFoundException("Media tidak ditemukan."));
    List<String> users = new ArrayList<>();
    references.forEach(r -> users.addAll(r.titlesUsing(id, asset.fileKey())));
    if (!users.isEmpty()) {
      throw new IllegalArgumentException(
          "Foto ini masih dipakai di "
              + users.size()
              + " artikel ("
              + String.join("; ", users.stream().limit(3).toList())
              + (users.size() > 3 ? "; ..." : "")
              + ") dan tidak dihapus.");
    }
    library.delete(asset);
    audit.record(actor, "MEDIA_DELETED", "media " + id, asset.caption());
  }
}
