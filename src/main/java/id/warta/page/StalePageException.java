package id.warta.page;

/** Someone saved the page since the editor read it. */
public class StalePageException extends RuntimeException {
  public StalePageException() {
    super(
        "Halaman ini sudah diubah orang lain sejak Anda membukanya. Salin teks Anda, muat ulang,"
            + " lalu simpan lagi.");
  }
}
