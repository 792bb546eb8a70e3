package id.warta.wire;

/** What a source delivers, and how. */
public enum WireKind {
  NEWSML_HTTP("NewsML-G2 lewat HTTP"),
  NEWSML_FOLDER("NewsML-G2 dari folder"),
  NINJS_HTTP("ninjs lewat HTTP"),
  RSS("RSS/Atom");

  private final String label;

  WireKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean overHttp() {
    return this != NEWSML_FOLDER;
  }
}
