package id.warta.channel;

import java.time.Instant;

/**
 * One usable item read from a feed: plain-text title and excerpt, an absolute http(s) link.
 *
 * @param publishedAt null when the feed gives no date
 */
record FeedEntry(String guid, String title, String url, String excerpt, Instant publishedAt) {}
