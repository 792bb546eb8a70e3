package id.warta.channel;

import id.warta.platform.Changes;
import id.warta.platform.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin screens (newsroom) and the command line do with partner channels: list them with
 * their feed's state, create and edit them, switch them on and off, fetch one now. Validation
 * errors come as {@link InvalidChannelException} with Indonesian messages per field.
 */
@Service
public class ChannelAdmin {
  private final ChannelRepository channels;
  private final ChannelRefresher refresher;
  private final Changes changes;

  ChannelAdmin(ChannelRepository channels, ChannelRefresher refresher, Changes changes) {
    this.channels = channels;
    this.refresher = refresher;
    this.changes = changes;
  }

  /** Every channel, disabled ones included, in the home page's order, with its feed's state. */
  public List<ChannelStatus> list() {
    return channels.findStatuses();
  }

  public ChannelStatus status(long id) {
    return channels.findStatus(id).orElseThrow(ChannelAdmin::notFound);
  }

  /** Creates a channel; the scheduler fetches its feed at the next tick. */
  @Transactional
  public ChannelStatus create(ChannelForm form) {
    var valid = form.validate();
    requireFreeSlug(valid.slug(), -1);
    var created = status(channels.insert(valid));
    changes.record(PartnerChannel.KEY);
    return created;
  }

  /** Saves changes; a changed feed address is fetched afresh at the next tick. */
  @Transactional
  public ChannelStatus update(long id, ChannelForm form) {
    status(id);
    var valid = form.validate();
    requireFreeSlug(valid.slug(), id);
    channels.update(id, valid);
    changes.record(PartnerChannel.KEY);
    return status(id);
  }

  @Transactional
  public ChannelStatus enable(long id) {
    status(id);
    channels.setEnabled(id, true);
    changes.record(PartnerChannel.KEY);
    return status(id);
  }

  /** Hides the channel from the site and stops fetching it; its items stay for later. */
  @Transactional
  public ChannelStatus disable(long id) {
    status(id);
    channels.setEnabled(id, false);
    changes.record(PartnerChannel.KEY);
    return status(id);
  }

  /**
   * Fetches the channel's feed now, on the caller's thread, bounded by the configured total
   * timeout. For admin screens and commands, never for reader pages.
   */
  public RefreshResult refreshNow(long id) {
    return refresher.refresh(status(id).channel());
  }

  /** Fetches every enabled channel once (the {@code refresh-channels} command). */
  public List<RefreshResult> refreshAll() {
    return refresher.refreshEnabled();
  }

  private void requireFreeSlug(String slug, long exceptId) {
    if (channels.slugTaken(slug, exceptId)) {
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put("slug", "Alamat kanal /mitra/" + slug + " sudah dipakai kanal lain.");
      throw new InvalidChannelException(errors);
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("Kanal mitra tidak ditemukan.");
  }
}
