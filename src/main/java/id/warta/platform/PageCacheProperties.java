package id.warta.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The full-page cache for anonymous readers.
 *
 * @param enabled off only to measure the site without it
 * @param timeToLive how long a page may be served without a change purging it (Berita Populer moves
 *     with views, not with edits, so it refreshes at this pace)
 * @param maxMegabytes memory for cached pages (plain and gzip bodies)
 * @param sharedMaxAge what a CDN may keep a page for (s-maxage); purge it through Surrogate-Key
 */
@ConfigurationProperties("warta.cache")
public record PageCacheProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("5m") Duration timeToLive,
    @DefaultValue("64") int maxMegabytes,
    @DefaultValue("60s") Duration sharedMaxAge) {}
