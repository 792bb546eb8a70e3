package id.warta.channel;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ChannelRepository {
  private static final String CHANNEL_COLUMNS =
      "id, slug, name, site_url, feed_url, refresh_minutes, max_items, position, enabled";
  private static final RowMapper<ChannelItem> ITEM =
      (ResultSet rs, int n) ->
          new ChannelItem(
              rs.getLong("id"),
              rs.getLong("channel_id"),
              rs.getString("guid"),
              rs.getString("title"),
              rs.getString("url"),
              rs.getString("excerpt"),
              Instant.ofEpochMilli(rs.getLong("published_at")));

  private final JdbcClient jdbc;

  ChannelRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<PartnerChannel> findEnabled() {
    return jdbc.sql(
            "SELECT " + CHANNEL_COLUMNS
                + " FROM partner_channel WHERE enabled = TRUE ORDER BY position, name")
        .query(PartnerChannel.class)
        .list();
  }

  public Optional<PartnerChannel> findBySlug(String slug) {
    return jdbc.sql("SELECT " + CHANNEL_COLUMNS + " FROM partner_channel WHERE slug = :slug")
        .param("slug", slug)
        .query(PartnerChannel.class)
        .optional();
  }

  public PartnerChannel create(
      String slug, String name, String siteUrl, String feedUrl, int maxItems, int position) {
    long id =
        jdbc.sql(
                """
                INSERT INTO partner_channel (slug, name, site_url, feed_url, max_items, position)
                VALUES (:slug, :name, :site, :feed, :max, :position)
                RETURNING id
                """)
            .param("slug", slug)
            .param("name", name)
            .param("site", siteUrl)
            .param("feed", feedUrl)
            .param("max", maxItems)
            .param("position", position)
            .query(Long.class)
            .single();
    return findBySlug(slug).orElseThrow(() -> new IllegalStateException("channel " + id));
  }

  /** Stores an item, or updates it when the channel already has one with that guid. */
  public void upsertItem(
      long channelId, String guid, String title, String url, String excerpt, Instant published) {
    jdbc.sql(
            """
            INSERT INTO channel_item (channel_id, guid, title, url, excerpt, published_at)
            VALUES (:channel, :guid, :title, :url, :excerpt, :published)
            ON CONFLICT (channel_id, guid) DO UPDATE
            SET title = excluded.title, url = excluded.url, excerpt = excluded.excerpt,
                published_at = excluded.published_at
            """)
        .param("channel", channelId)
        .param("guid", guid)
        .param("title", title)
        .param("url", url)
        .param("excerpt", excerpt)
        .param("published", published.toEpochMilli())
        .update();
  }

  public List<ChannelItem> findItems(long channelId, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT id, channel_id, guid, title, url, excerpt, published_at
            FROM channel_item WHERE channel_id = :channel
            ORDER BY published_at DESC, id DESC
            LIMIT :limit OFFSET :offset
            """)
        .param("channel", channelId)
        .param("limit", limit)
        .param("offset", offset)
        .query(ITEM)
        .list();
  }

  public long countItems(long channelId) {
    return jdbc.sql("SELECT COUNT(*) FROM channel_item WHERE channel_id = :channel")
        .param("channel", channelId)
        .query(Long.class)
        .single();
  }

}
