/**
 * Partner channels (BenihBaik.com, MG News...): outside sites whose latest items the home page
 * shows as modules, each with a page of its own at /mitra/{slug}.
 *
 * <p>Owns tables {@code partner_channel} and {@code channel_item}. Depends on platform only.
 */
package id.warta.channel;
