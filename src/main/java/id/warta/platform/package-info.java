/**
 * Feature-free building blocks shared by every feature: site configuration, Indonesian dates,
 * slugs and excerpts, pagination, error pages and HTTP caching headers.
 *
 * <p>Owns no table. Depends on nothing else in Warta; never names a feature.
 */
package id.warta.platform;
