package id.warta.backup;

import java.util.List;

/**
 * The newsroom's backup screen: the last good backup, the recent ones, and the schedule.
 *
 * @param lastGood the last complete backup, or null when there is none
 * @param schedule the schedule in words (or that there is none)
 */
public record BackupsPage(Row lastGood, List<Row> recent, String schedule) {

  /** One backup, its times already in the site's zone and its size in words. */
  public record Row(
      String finished,
      String took,
      String node,
      String location,
      boolean succeeded,
      int files,
      String size,
      String message) {}

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    String[] units = {"KB", "MB", "GB", "TB"};
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(java.util.Locale.forLanguageTag("id-ID"), "%.1f %s", value, units[unit]);
  }
}
