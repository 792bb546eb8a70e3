/**
 * Partner channels (BenihBaik.com, MG News...): outside sites whose latest items the home page
 * shows as modules, each with a page of its own at /mitra/{slug}. Their RSS/Atom feeds are fetched
 * in the background (ChannelScheduler, or {@code refresh-channels}); reader pages only read what is
 * stored. Admins manage them at /redaksi/mitra ({@code ChannelDeskController}, audited by {@code
 * ChannelDesk}); {@link id.warta.channel.ChannelAdmin} is the API for commands.
 *
 * <p>Owns tables {@code partner_channel} and {@code channel_item}. Depends on platform only (and on
 * ROME and jsoup for reading feeds, Apache HttpClient for fetching them: it lets us connect to the
 * address we checked, see {@code FeedDestinations}).
 */
package id.warta.channel;
