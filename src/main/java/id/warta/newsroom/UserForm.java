package id.warta.newsroom;

/** The account form: username (new accounts only), display name, role, active, byline. */
public record UserForm(String nama, String tampilan, String peran, String aktif, Long penulis) {
  static final UserForm EMPTY = new UserForm("", "", "WRITER", "on", null);

  Long authorId() {
    return penulis;
  }
}
