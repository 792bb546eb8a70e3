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
  /** Surrogate key of what shows partner channels: their modules and pages. */
  public static final String KEY = "channels";

  public String path() {
    return "/mitra/" + slug;
  }
}
