package id.warta.platform;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/** Style sheets, scripts and images under content-hashed names, cached for a year. */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/css/**", "/js/**", "/img/**")
        .addResourceLocations(
            "classpath:/static/css/", "classpath:/static/js/", "classpath:/static/img/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .resourceChain(true)
        .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    // Browsers ask for /favicon.ico whatever the page links to: an unversioned name, kept a day.
    registry
        .addResourceHandler("/favicon.ico")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
  }
}
