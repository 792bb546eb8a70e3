/**
 * Wire ingest (kawat): agencies' feeds an admin configures (NewsML-G2 from a watched folder or over
 * HTTP, ninjs over HTTP, RSS/Atom), polled in the background once across nodes, into a queue the
 * desk reads at /redaksi/kawat; "Ambil" turns an item into a draft with its photos in the media
 * library, and the draft's editor hears of the agency's later updates and withdrawals ({@link
 * id.warta.wire.WireNotices}).
 *
 * <p>Owns tables {@code wire_source}, {@code wire_item}, {@code wire_photo}, {@code wire_taking}.
 * Depends on article, section, author, media, channel (its SSRF-guarded fetcher) and platform; the
 * newsroom hears of a taken item through {@link id.warta.wire.WireDraftCreated}.
 */
package id.warta.wire;
