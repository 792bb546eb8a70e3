package id.warta.newsroom;

import id.warta.article.ArticleStatus;
import id.warta.author.Author;
import id.warta.media.MediaAsset;
import id.warta.section.Section;
import java.util.List;

/**
 * The article editor.
 *
 * @param articleId null for a new article
 * @param status null for a new article
 * @param editable whether this account may save this article
 * @param editor whether this account may publish, schedule, unpublish and correct
 * @param publicPath the reader's address when the article is published, or null
 * @param zoneLabel the newsroom's zone as readers see it (WIB, WITA, WIT)
 * @param zoneId that zone's IANA name, for times the browser writes (Asia/Jakarta)
 * @param autosave the server's copy of unsaved typing as JSON ({"at": millis, "values": {...}}), or
 *     null
 */
public record EditorPage(
    String heading,
    Long articleId,
    ArticleStatus status,
    String statusLine,
    ArticleForm form,
    List<Section> sections,
    List<Author> authors,
    List<MediaAsset> media,
    boolean editable,
    boolean editor,
    String publicPath,
    List<CorrectionLine> corrections,
    String zoneLabel,
    String zoneId,
    ReviewLine review,
    boolean canPullBack,
    String autosave) {

  /**
   * The review desk's trace on the article.
   *
   * @param submitted "name, time" of the submission still waiting in the queue, or empty
   * @param returned "name, time" of the editor who last sent it back, or empty
   * @param note what that editor asked the writer to fix, or empty
   */
  public record ReviewLine(String submitted, String returned, String note) {
    static final ReviewLine NONE = new ReviewLine("", "", "");
  }

  /** The editor's note is shown while the article is back with its writer. */
  public boolean showReturnNote() {
    return !review.note().isEmpty() && status == ArticleStatus.DRAFT;
  }

  public record CorrectionLine(String when, String note) {}

  public boolean isNew() {
    return articleId == null;
  }

  public String statusLabel() {
    return status == null ? "Baru" : Statuses.label(status);
  }

  public String action() {
    return isNew() ? "/redaksi/artikel/baru" : "/redaksi/artikel/" + articleId;
  }

  public boolean authorSelected(Author a) {
    return form.penulis().contains(String.valueOf(a.id()));
  }

  public boolean sectionSelected(Section s) {
    return String.valueOf(s.id()).equals(form.kanal());
  }

  public boolean socialSelected(MediaAsset m) {
    return String.valueOf(m.id()).equals(form.fotoSosial());
  }

  /** The search-result preview: the SEO title, or the title. */
  public String previewTitle() {
    String t = form.seoJudul().isBlank() ? orEmpty(form.judul()) : form.seoJudul();
    return shorten(t.isBlank() ? "Judul artikel" : t, 60);
  }

  /** The search-result preview: the meta description, or the lead. */
  public String previewDescription() {
    return shorten(
        form.seoDeskripsi().isBlank() ? orEmpty(form.ringkasan()) : form.seoDeskripsi(), 160);
  }

  public String previewUrl() {
    String slug = orEmpty(form.slug());
    return publicPath != null
        ? publicPath
        : "/kanal/nomor/" + (slug.isBlank() ? "judul-artikel" : slug);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String shorten(String s, int max) {
    String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "\u2026";
  }

  public boolean mediaSelected(MediaAsset m) {
    return String.valueOf(m.id()).equals(form.foto());
  }

  public boolean canSubmit() {
    return status == null || status == ArticleStatus.DRAFT;
  }

  public boolean canPublish() {
    return editor && status != ArticleStatus.PUBLISHED;
  }

  public boolean canSchedule() {
    return editor && status != ArticleStatus.PUBLISHED;
  }

  public boolean canUnpublish() {
    return editor && (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED);
  }

  public boolean canReturn() {
    return editor && status == ArticleStatus.IN_REVIEW;
  }

  public boolean canCorrect() {
    return editor && status == ArticleStatus.PUBLISHED;
  }
}
