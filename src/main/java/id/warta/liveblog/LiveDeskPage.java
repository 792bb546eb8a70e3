package id.warta.liveblog;

import id.warta.media.MediaAsset;
import java.util.List;

/**
 * The newsroom's screen of a live article: its live blog as readers see it, the form that posts an
 * entry, and each entry's edit and delete forms.
 *
 * @param publicPath the article's page on the site, or null while it is not published
 * @param live the live blog, or null when the article was never covered live
 * @param form what the editor typed in the new entry's form (kept when it was refused)
 * @param editingId the entry whose edit was refused, or null; its form shows {@code editing}
 */
public record LiveDeskPage(
    long articleId,
    String title,
    String publicPath,
    LiveView live,
    List<MediaAsset> photos,
    EntryForm form,
    Long editingId,
    EntryForm editing) {

  /** The entry forms' fields, as posted; names are those of the form. */
  public record EntryForm(
      String teks, String foto, String sematan, String disematkan, String penting, Integer versi) {
    public static final EntryForm EMPTY = new EntryForm("", "", "", null, null, null);

    public EntryForm {
      teks = teks == null ? "" : teks;
      foto = foto == null ? "" : foto.strip();
      sematan = sematan == null ? "" : sematan.strip();
    }

    EntryDraft toDraft() {
      Long mediaId = null;
      if (!foto.isEmpty()) {
        try {
          mediaId = Long.parseLong(foto);
        } catch (NumberFormatException e) {
          throw new LiveEntryRejectedException(
              "Foto tidak dikenal: pilih foto dari pustaka media.");
        }
      }
      return new EntryDraft(teks, mediaId, sematan, disematkan != null, penting != null);
    }

    public boolean photoSelected(MediaAsset m) {
      return foto.equals(String.valueOf(m.id()));
    }
  }

  /** The edit form of an entry: as stored, or as the editor typed it when it was refused. */
  public EntryForm editForm(LiveView.Entry e) {
    if (editingId != null && editingId == e.id() && editing != null) {
      return new EntryForm(
          editing.teks(),
          editing.foto(),
          editing.sematan(),
          editing.disematkan(),
          editing.penting(),
          e.version());
    }
    return new EntryForm(
        e.bodyHtml(),
        e.photo() == null ? "" : String.valueOf(e.photo().id()),
        e.embed() == null ? "" : e.embed().url(),
        e.pinned() ? "on" : null,
        e.keyEvent() ? "on" : null,
        e.version());
  }

  public boolean isLive() {
    return live != null && live.live();
  }

  public boolean isEnded() {
    return live != null && !live.live();
  }

  public String base() {
    return "/redaksi/langsung/" + articleId;
  }
}
