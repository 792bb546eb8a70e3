package id.warta.liveblog;

/** The entry was changed or deleted by someone else since the editor opened it. */
public class StaleEntryException extends RuntimeException {
  public StaleEntryException() {
    super(
        "Entri ini sudah diubah atau dihapus orang lain sejak Anda membukanya; perubahan Anda belum"
            + " disimpan.");
  }
}
