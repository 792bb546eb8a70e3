package id.warta.site;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import id.warta.TestClock;
import id.warta.feed.StructuredData;
import id.warta.feed.TestStructuredData;
import id.warta.platform.ChangeFeed;
import id.warta.platform.MetricsProperties;
import id.warta.platform.RequestValues;
import id.warta.platform.SiteProperties;
import id.warta.platform.SliceChangeFeed;
import id.warta.platform.StorageProperties;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a web slice test of the public pages ({@code @WebMvcTest}) needs beside its controllers: the
 * precompiled jte templates, the site's settings, how request values bind ({@link RequestValues}),
 * the page models' small builders (frames, head, body renderer) as the application has them, and
 * the test clock. Repositories and other features are the test's doubles ({@code @MockitoBean}).
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@EnableConfigurationProperties({
  SiteProperties.class,
  SiteLayoutProperties.class,
  StorageProperties.class,
  MetricsProperties.class
})
@Import({
  SiteFrames.class,
  SiteDiscovery.class,
  ArticleBodyRenderer.class,
  RequestValues.class,
  TestClock.class
})
class SiteSlice {
  /**
   * The application's filters that serve from the page cache or answer redirects before any
   * controller; a slice has neither store. The public site's security chain is kept.
   */
  static final String OTHER_FILTERS =
      "id\\.warta\\.(platform\\.PageCacheFilter|redirect\\.RedirectFilter)";

  static final String SECURITY = "id\\.warta\\.platform\\.SecurityConfiguration";

  @Bean
  ChangeFeed changeFeed() {
    return SliceChangeFeed.create();
  }

  @Bean
  StructuredData structuredData(SiteProperties site) {
    return TestStructuredData.of(site);
  }
}
