package id.warta.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private static final RowMapper<ChannelStatus> STATUS =
      (ResultSet rs, int n) ->
          new ChannelStatus(
              new PartnerChannel(
                  rs.getLong("id"),
                  rs.getString("slug"),
                  rs.getString("name"),
                  rs.getString("site_url"),
                  rs.getString("feed_url"),
                  rs.getInt("refresh_minutes"),
                  rs.getInt("max_items"),
                  rs.getInt("position"),
                  rs.getBoolean("enabled")),
              instant(rs, "last_fetched_at"),
              instant(rs, "last_success_at"),
              rs.getString("last_error"),
              rs.getInt("failure_count"),
              rs.getLong("item_count"));
  private static final String STATUS_SELECT =
      """
      SELECT c.id, c.slug, c.name, c.site_url, c.feed_url, c.refresh_minutes, c.max_items,
             c.position, c.enabled, c.last_fetched_at, c.last_success_at, c.last_error,
             c.failure_count,
             (SELECT COUNT(*) FROM channel_item i WHERE i.channel_id = c.id) AS item_count
      FROM partner_channel c
      """;

  private final JdbcClient jdbc;

  ChannelRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<PartnerChannel> findEnabled() {
    return jdbc.sql(
            "SELECT "
                + CHANNEL_COLUMNS
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

  /** Every channel, disabled ones too, with its feed's state, in the site's order. */
  List<ChannelStatus> findStatuses() {
    return jdbc.sql(STATUS_SELECT + " ORDER BY c.position, c.name").query(STATUS).list();
  }

  Optional<ChannelStatus> findStatus(long id) {
    return jdbc.sql(STATUS_SELECT + " WHERE c.id = :id").param("id", id).query(STATUS).optional();
  }

  /** The validators of the last good fetch, for a conditional GET. */
  Validators findValidators(long channelId) {
    return jdbc.sql("SELECT etag, last_modified FROM partner_channel WHERE id = :id")
        .param("id", channelId)
        .query((rs, n) -> new Validators(rs.getString("etag"), rs.getString("last_modified")))
        .optional()
        .orElse(new Validators(null, null));
  }

  record Validators(String etag, String lastModified) {}

  boolean slugTaken(String slug, long exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM partner_channel WHERE slug = :slug AND id <> :id")
            .param("slug", slug)
            .param("id", exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(ChannelForm.Valid form) {
    return jdbc.sql(
            """
            INSERT INTO partner_channel
              (slug, name, site_url, feed_url, refresh_minutes, max_items, position, enabled)
            VALUES (:slug, :name, :site, :feed, :refresh, :max, :position, :enabled)
            RETURNING id
            """)
        .param("slug", form.slug())
        .param("name", form.name())
        .param("site", form.siteUrl())
        .param("feed", form.feedUrl())
        .param("refresh", form.refreshMinutes())
        .param("max", form.maxItems())
        .param("position", form.position())
        .param("enabled", form.enabled())
        .query(Long.class)
        .single();
  }

  /**
   * Saves an edited channel. A new feed address forgets the old one's validators and makes the
   * channel due, so the next tick fetches it.
   */
  void update(long id, ChannelForm.Valid form) {
    jdbc.sql(
            """
            UPDATE partner_channel
            SET slug = :slug, name = :name, site_url = :site, refresh_minutes = :refresh,
                max_items = :max, position = :position, enabled = :enabled,
                etag = CASE WHEN feed_url = :feed THEN etag ELSE NULL END,
                last_modified = CASE WHEN feed_url = :feed THEN last_modified ELSE NULL END,
                last_fetched_at = CASE WHEN feed_url = :feed THEN last_fetched_at ELSE NULL END,
                feed_url = :feed
            WHERE id = :id
            """)
        .param("id", id)
        .param("slug", form.slug())
        .param("name", form.name())
        .param("site", form.siteUrl())
        .param("feed", form.feedUrl())
        .param("refresh", form.refreshMinutes())
        .param("max", form.maxItems())
        .param("position", form.position())
        .param("enabled", form.enabled())
        .update();
  }

  void setEnabled(long id, boolean enabled) {
    jdbc.sql("UPDATE partner_channel SET enabled = :enabled WHERE id = :id")
        .param("id", id)
        .param("enabled", enabled)
        .update();
  }

  /** The dates already stored, by guid: an undated item keeps the date it was first seen. */
  Map<String, Instant> findItemDates(long channelId) {
    Map<String, Instant> dates = new HashMap<>();
    jdbc.sql("SELECT guid, published_at FROM channel_item WHERE channel_id = :channel")
        .param("channel", channelId)
        .query(
            rs -> {
              dates.put(rs.getString("guid"), Instant.ofEpochMilli(rs.getLong("published_at")));
            });
    return dates;
  }

  /** Keeps the channel's newest {@code maxItems} items and deletes the rest. */
  int trimItems(long channelId, int maxItems) {
    return jdbc.sql(
            """
            DELETE FROM channel_item
            WHERE channel_id = :channel AND id NOT IN (
              SELECT id FROM channel_item WHERE channel_id = :channel
              ORDER BY published_at DESC, id DESC
              LIMIT :max)
            """)
        .param("channel", channelId)
        .param("max", maxItems)
        .update();
  }

  void recordSuccess(long channelId, String etag, String lastModified, Instant at) {
    jdbc.sql(
            """
            UPDATE partner_channel
            SET etag = :etag, last_modified = :modified, last_fetched_at = :at,
                last_success_at = :at, last_error = NULL, failure_count = 0
            WHERE id = :id
            """)
        .param("id", channelId)
        .param("etag", etag == null || etag.length() > 500 ? null : etag)
        .param(
            "modified", lastModified == null || lastModified.length() > 100 ? null : lastModified)
        .param("at", at.toEpochMilli())
        .update();
  }

  void recordFailure(long channelId, String error, Instant at) {
    jdbc.sql(
            """
            UPDATE partner_channel
            SET last_fetched_at = :at, last_error = :error, failure_count = failure_count + 1
            WHERE id = :id
            """)
        .param("id", channelId)
        .param("error", truncate(error, 1000))
        .param("at", at.toEpochMilli())
        .update();
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
