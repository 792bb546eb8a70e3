package id.warta.media;

import id.warta.platform.StorageProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves renditions from the media directory; their names change with their content. Its private
 * part is not served.
 */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {
  private final StorageProperties storage;

  MediaWebConfiguration(StorageProperties storage) {
    this.storage = storage;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    Path privateDir = storage.privateMediaDir().toAbsolutePath().normalize();
    registry
        .addResourceHandler("/media/**")
        .addResourceLocations(storage.mediaDir().toAbsolutePath().toUri().toString())
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .resourceChain(false)
        .addResolver(
            new PathResourceResolver() {
              @Override
              protected Resource getResource(String resourcePath, Resource location)
                  throws IOException {
                // E-paper PDFs (served to readers of ready editions only) and locks.
                Resource found = super.getResource(resourcePath, location);
                if (found != null
                    && found
                        .getFile()
                        .toPath()
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(privateDir)) {
                  return null;
                }
                return found;
              }
            });
  }
}
