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
