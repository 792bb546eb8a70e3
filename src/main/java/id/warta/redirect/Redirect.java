package id.warta.redirect;

/** An old address and the Warta address it answers 301 with. */
public record Redirect(String oldPath, String target, String origin, long createdAt) {
  /** Written by an import from another system. */
  public static final String IMPORTED = "wordpress";

  /** Added in the newsroom. */
  public static final String NEWSROOM = "redaksi";
}
