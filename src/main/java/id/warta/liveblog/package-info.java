/**
 * Live blogs: an article covered live with timestamped entries (text, a photo, a click-to-load
 * embed), pinned entries and key events, newest first. Readers get every entry with the page and
 * new ones from a small fragment per live article ({@code /feed/langsung/{id}}) that the page cache
 * keeps under the key {@code live:{id}}, purged by each entry; an RSS feed of the entries. The
 * newsroom posts, edits and deletes entries from the live article's screen; every change is a
 * revision.
 *
 * <p>Owns tables {@code live_blog}, {@code live_entry}, {@code live_entry_revision}. Depends on
 * article, media and platform.
 */
package id.warta.liveblog;
