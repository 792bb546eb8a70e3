package id.warta.channel;

/** A partner site shown as a module; its items come from its feed. */
public record PartnerChannel(
    long id,
    String slug,
    String name,
    String siteUrl,
    String feedUrl,
    int refreshMinutes,
    int maxItems,
    int position,
    boolean enabled) {

  public String path() {
    return "/mitra/" + slug;
  }
}
