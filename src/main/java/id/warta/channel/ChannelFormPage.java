package id.warta.channel;

import java.util.Map;

/**
 * The create/edit form of a partner channel: the values as typed (so a refused form comes back
 * unchanged) and the Indonesian message per field.
 *
 * @param status the channel being edited, null for a new one
 */
public record ChannelFormPage(
    ChannelStatus status, ChannelFields fields, Map<String, String> errors) {

  static ChannelFormPage blank() {
    var defaults = ChannelForm.of("", "", "");
    return new ChannelFormPage(null, ChannelFields.of(defaults), Map.of());
  }

  public boolean isNew() {
    return status == null;
  }

  public String action() {
    return isNew() ? "/redaksi/mitra/baru" : "/redaksi/mitra/" + status.channel().id();
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean hasError(String field) {
    return errors.containsKey(field);
  }

  public int minRefresh() {
    return ChannelForm.MIN_REFRESH;
  }

  public int maxRefresh() {
    return ChannelForm.MAX_REFRESH;
  }

  public int maxItems() {
    return ChannelForm.MAX_ITEMS;
  }
}
