package id.warta.media;

import id.warta.platform.StorageProperties;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves renditions from the media directory; their names change with their content. */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {
  private final StorageProperties storage;

  MediaWebConfiguration(StorageProperties storage) {
    this.storage = storage;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/media/**")
        .addResourceLocations(storage.mediaDir().toAbsolutePath().toUri().toString())
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
  }
}
