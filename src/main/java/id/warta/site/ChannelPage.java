package id.warta.site;

import id.warta.channel.ChannelItem;
import id.warta.channel.PartnerChannel;
import id.warta.platform.IndonesianDates;
import id.warta.platform.Paging;

/** A partner channel's own page: all its stored items, newest first. */
public record ChannelPage(
    PageFrame frame, PartnerChannel channel, Paging<ChannelItem> items, IndonesianDates dates) {

  public String pagePath(int page) {
    return page > 1 ? channel.path() + "?halaman=" + page : channel.path();
  }
}
