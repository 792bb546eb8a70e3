package id.warta.channel;

import java.time.Instant;

/** One item of a partner channel: a link out to the partner's site. */
public record ChannelItem(
    long id,
    long channelId,
    String guid,
    String title,
    String url,
    String excerpt,
    Instant publishedAt) {}
