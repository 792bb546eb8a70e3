/**
 * Feature-free building blocks shared by every feature: site configuration, Indonesian dates, slugs
 * and excerpts, pagination, error pages, HTTP caching headers, the page cache, and the change feed
 * that keeps every cache current ({@link id.warta.platform.Changes} records a change in the
 * writer's transaction, {@link id.warta.platform.ChangeFeed} applies it in every process, {@link
 * id.warta.platform.HttpPurger} passes it to HTTP caches; see docs/page-cache.md); and the pixel
 * budget that every image decode and page render shares ({@link id.warta.platform.PixelBudget}).
 *
 * <p>Owns the table {@code content_change}. Depends on nothing else in Warta; never names a
 * feature: features name their own surrogate keys.
 */
package id.warta.platform;
