package id.warta.wordpress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How an import from WordPress reads the old site.
 *
 * @param permalinks the old site's permalink structure (Settings → Permalinks), with the tags
 *     %year% %monthnum% %day% %hour% %minute% %second% %postname% %post_id% %category% %author%;
 *     its addresses answer 301 with the Warta address
 * @param uploadsDir the old site's wp-content/uploads folder, when the command or screen names none
 * @param defaultSection the section of posts filed only under WordPress's "Uncategorized"
 */
@Validated
@ConfigurationProperties("warta.wordpress")
public record WordPressProperties(
    @DefaultValue("/%category%/%postname%/") String permalinks,
    String uploadsDir,
    @DefaultValue("Umum") String defaultSection) {

  public WordPressProperties {
    if (permalinks == null || !permalinks.startsWith("/") || !permalinks.contains("%")) {
      throw new IllegalArgumentException(
          "warta.wordpress.permalinks must be a path with tags, such as /%category%/%postname%/");
    }
  }
}
