/**
 * Feature-free building blocks shared by every feature: site configuration, Indonesian dates,
 * slugs and excerpts, pagination, error pages and HTTP caching headers, and the pixel budget
 * that every image decode and page render shares ({@link id.warta.platform.PixelBudget}).
 *
 * <p>Owns no table. Depends on nothing else in Warta; never names a feature.
 */
package id.warta.platform;
