package id.warta.newsroom;

import java.util.List;

/** Page models of the revision screens. */
public final class RevisionPages {
  private RevisionPages() {}

  /** The list of an article's revisions, newest first. */
  public record ListPage(
      long articleId, String title, int version, boolean editable, List<Line> revisions) {}

  public record Line(
      int number, String when, String userName, String action, String status, String title) {}

  /** Two revisions side by side. */
  public record ComparePage(
      long articleId,
      String title,
      Line older,
      Line newer,
      List<TextDiff.Part> titleDiff,
      List<TextDiff.Part> leadDiff,
      List<TextDiff.Part> bodyDiff,
      List<Field> fields) {}

  /** A field of the article in both revisions. */
  public record Field(String name, String before, String after) {
    public boolean changed() {
      return !before.equals(after);
    }
  }
}
