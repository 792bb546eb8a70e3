package id.warta.channel;

import java.util.List;

/** The admin's list of partner channels with their feeds' state. */
public record ChannelsPage(List<Row> rows) {

  /**
   * @param lastFetched when the feed was last tried, in Indonesian, or "-" before the first try
   * @param lastSuccess when the feed last worked, or "-"
   */
  public record Row(ChannelStatus status, String lastFetched, String lastSuccess) {}
}
