package id.warta.site;

import id.warta.channel.ChannelItem;
import id.warta.channel.PartnerChannel;
import java.util.List;

/** A partner channel's module: its latest items, linking out. */
public record ChannelModule(PartnerChannel channel, List<ChannelItem> items) {}
