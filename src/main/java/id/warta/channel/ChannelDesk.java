package id.warta.channel;

import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner channel changes made from the newsroom, each written to the audit log in the same
 * transaction; the change is recorded in it too, and reader pages refresh after the commit.
 */
@Service
@Transactional
class ChannelDesk {
  private final ChannelAdmin channels;
  private final AuditLog audit;

  ChannelDesk(ChannelAdmin channels, AuditLog audit) {
    this.channels = channels;
    this.audit = audit;
  }

  ChannelStatus create(Actor actor, ChannelForm form) {
    ChannelStatus created = channels.create(form);
    audit.record(actor, "CHANNEL_CREATED", target(created), created.channel().feedUrl());
    return created;
  }

  ChannelStatus update(Actor actor, long id, ChannelForm form) {
    ChannelStatus before = channels.status(id);
    ChannelStatus after = channels.update(id, form);
    audit.record(actor, "CHANNEL_UPDATED", target(after), changes(before, after));
    return after;
  }

  ChannelStatus enable(Actor actor, long id) {
    ChannelStatus after = channels.enable(id);
    audit.record(actor, "CHANNEL_ENABLED", target(after), "");
    return after;
  }

  ChannelStatus disable(Actor actor, long id) {
    ChannelStatus after = channels.disable(id);
    audit.record(actor, "CHANNEL_DISABLED", target(after), "");
    return after;
  }

  /** Not audited: fetching changes no setting, and its outcome is kept in the channel's status. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED) // a fetch never holds a transaction open
  RefreshResult refreshNow(long id) {
    return channels.refreshNow(id);
  }

  private static String target(ChannelStatus status) {
    return "mitra " + status.channel().slug();
  }

  private static String changes(ChannelStatus before, ChannelStatus after) {
    var b = before.channel();
    var a = after.channel();
    StringBuilder out = new StringBuilder();
    change(out, "nama", b.name(), a.name());
    change(out, "alamat", b.slug(), a.slug());
    change(out, "situs", b.siteUrl(), a.siteUrl());
    change(out, "umpan", b.feedUrl(), a.feedUrl());
    change(out, "selang", b.refreshMinutes(), a.refreshMinutes());
    change(out, "jumlah", b.maxItems(), a.maxItems());
    change(out, "urutan", b.position(), a.position());
    return out.toString();
  }

  private static void change(StringBuilder out, String label, Object before, Object after) {
    if (!before.equals(after)) {
      out.append(out.isEmpty() ? "" : "; ")
          .append(label)
          .append(": ")
          .append(before)
          .append(" -> ")
          .append(after);
    }
  }
}
