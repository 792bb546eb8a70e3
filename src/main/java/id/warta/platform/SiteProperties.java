package id.warta.platform;

import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reader-facing identity of the site.
 *
 * @param name shown in the header, titles and the related list's byline ("👤Warta")
 * @param zone the newsroom's zone; Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
 * @param baseUrl absolute address of the site, used for canonical links, feeds and sitemaps
 */
@Validated
@ConfigurationProperties("warta.site")
public record SiteProperties(
    @DefaultValue("Warta") String name,
    @DefaultValue("Asia/Jakarta") ZoneId zone,
    @DefaultValue("http://localhost:8080") URI baseUrl) {

  public SiteProperties {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("warta.site.name must not be blank");
    }
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      baseUrl = URI.create(base.substring(0, base.length() - 1));
    }
  }

  /** Absolute URL for a site path such as {@code /nasional}. */
  public String absolute(String path) {
    return baseUrl + path;
  }

  public IndonesianDates dates() {
    return IndonesianDates.forZone(zone);
  }
}
