package id.warta.article;

import java.time.Instant;

/**
 * How many published articles a list holds, when the first and last were published and when any of
 * them last changed (for sitemaps and caching headers). Instants are null when it is empty.
 */
public record PublishedSpan(
    long count, Instant firstPublished, Instant lastPublished, Instant lastUpdated) {}
