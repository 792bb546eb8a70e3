package id.warta.wordpress;

import java.util.List;

/**
 * What a run did: counts, and every item it left out with the reason.
 *
 * @param created articles made
 * @param updated articles updated because the export changed them
 * @param unchanged articles and pages already imported as the export has them
 * @param pagesCreated static pages made (or adopted: a page of that address existed)
 * @param pagesUpdated static pages updated
 * @param media images added to the media library
 * @param redirects old addresses that now answer 301
 */
public record ImportReport(
    int created,
    int updated,
    int unchanged,
    int pagesCreated,
    int pagesUpdated,
    int media,
    int redirects,
    List<Skipped> skipped) {

  /** An item or image left out, with the reason in Indonesian. */
  public record Skipped(long wpId, String title, String reason) {}

  public String summary() {
    return "Artikel baru "
        + created
        + ", diperbarui "
        + updated
        + ", tidak berubah "
        + unchanged
        + "; halaman baru "
        + pagesCreated
        + ", diperbarui "
        + pagesUpdated
        + "; gambar "
        + media
        + "; alamat lama dialihkan "
        + redirects
        + "; dilewati "
        + skipped.size()
        + ".";
  }
}
