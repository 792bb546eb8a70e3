package id.warta.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Fingerprinted addresses of static files ("/css/warta-3f2a….css"): their names change with their
 * content, so browsers and CDNs may keep them forever. Templates ask {@link #url}.
 */
@Component
public class Assets {
  private static final Map<String, String> URLS = new ConcurrentHashMap<>();
  private static volatile ResourceUrlProvider provider;

  Assets(ObjectProvider<ResourceUrlProvider> resourceUrlProvider) {
    // Absent in commands that run without the web server.
    provider = resourceUrlProvider.getIfAvailable();
  }

  @EventListener(ContextRefreshedEvent.class)
  void clear() {
    URLS.clear();
  }

  /** The fingerprinted URL of a static file, or the plain path outside a web application. */
  public static String url(String path) {
    return URLS.computeIfAbsent(
        path,
        p -> {
          ResourceUrlProvider current = provider;
          String versioned = current == null ? null : current.getForLookupPath(p);
          return versioned == null ? p : versioned;
        });
  }
}
