package id.warta.channel;

/** A partner channel's items or settings changed; pages showing it are out of date. */
public record ChannelChanged(long channelId) {}
