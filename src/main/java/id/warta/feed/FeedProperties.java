package id.warta.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Warta's news leaves the site.
 *
 * @param fullText whether feeds carry each article's whole body (content:encoded, Atom content,
 *     JSON Feed content_html) or only its lead
 * @param items items in a feed, newest first
 * @param newsDays how far back the Google News sitemap reaches (Google reads two days)
 * @param newsMaxUrls most URLs in the Google News sitemap (Google's limit is 1,000)
 * @param sitemapMaxUrls most URLs in one article sitemap (the protocol's limit is 50,000); a month
 *     with more is split into parts
 * @param maxAgeSeconds how long clients and shared caches may keep a feed or sitemap
 */
@Validated
@ConfigurationProperties("warta.feed")
public record FeedProperties(
    @DefaultValue("false") boolean fullText,
    @DefaultValue("50") @Min(1) @Max(100) int items,
    @DefaultValue("2") @Min(1) @Max(2) int newsDays,
    @DefaultValue("1000") @Min(1) @Max(1000) int newsMaxUrls,
    @DefaultValue("50000") @Min(1) @Max(50000) int sitemapMaxUrls,
    @DefaultValue("300") @Min(0) @Max(86400) int maxAgeSeconds) {}
