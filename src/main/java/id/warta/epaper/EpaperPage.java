package id.warta.epaper;

import java.util.List;

/** The e-paper screen: the newest editions and how far each has come, and the upload form. */
public record EpaperPage(List<Row> editions, Fields fields) {

  /** One edition in the list, with its date as the newsroom reads it ("Rabu 23 Juni 2021"). */
  public record Row(EditionProgress progress, String day) {
    /** The public reader's address; meaningful once the edition is ready. */
    public String readerPath() {
      return "/epaper/" + progress.editionDate();
    }

    public boolean isProcessing() {
      return progress.status() == EditionStatus.PROCESSING;
    }
  }

  /** What the upload form shows: its defaults, or what the editor typed before a refusal. */
  public record Fields(
      String date,
      String title,
      String focusTitle,
      String focusTeaser,
      String firstPage,
      String lastPage) {}

  /**
   * True while an edition is still being processed: the screen then offers (and script does) a
   * reload.
   */
  public boolean anyProcessing() {
    return editions.stream().anyMatch(Row::isProcessing);
  }
}
