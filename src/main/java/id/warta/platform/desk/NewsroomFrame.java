package id.warta.platform.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * What the layout of every newsroom screen needs: the title, who is signed in, the CSRF token for
 * forms, and the menu that account may use.
 */
public record NewsroomFrame(
    String siteName, String title, NewsroomUser user, String csrfParameter, String csrfToken) {

  public record MenuItem(String label, String href) {}

  public boolean signedIn() {
    return user != null;
  }

  public boolean isEditor() {
    return user != null && user.role().atLeast(Role.EDITOR);
  }

  public boolean isAdmin() {
    return user != null && user.role() == Role.ADMIN;
  }

  public List<MenuItem> menu() {
    List<MenuItem> items = new ArrayList<>();
    if (user == null) {
      return items;
    }
    items.add(new MenuItem("Artikel", "/redaksi/artikel"));
    items.add(new MenuItem("Tulis baru", "/redaksi/artikel/baru"));
    items.add(new MenuItem("Kawat", "/redaksi/kawat"));
    if (isEditor()) {
      items.add(new MenuItem("Antrean", "/redaksi/antrean"));
      items.add(new MenuItem("Beranda", "/redaksi/beranda"));
      items.add(new MenuItem("Penulis", "/redaksi/penulis"));
      items.add(new MenuItem("E-Paper", "/redaksi/epaper"));
      items.add(new MenuItem("Halaman", "/redaksi/halaman"));
      items.add(new MenuItem("Pengalihan", "/redaksi/pengalihan"));
    }
    items.add(new MenuItem("Media", "/redaksi/media"));
    if (isAdmin()) {
      items.add(new MenuItem("Pengguna", "/redaksi/pengguna"));
      items.add(new MenuItem("Kanal", "/redaksi/kanal"));
      items.add(new MenuItem("Mitra", "/redaksi/mitra"));
      items.add(new MenuItem("Audit", "/redaksi/audit"));
      items.add(new MenuItem("Cadangan", "/redaksi/cadangan"));
      items.add(new MenuItem("Impor WordPress", "/redaksi/wordpress"));
    }
    items.add(new MenuItem("Kata sandi", "/redaksi/sandi"));
    return items;
  }
}
