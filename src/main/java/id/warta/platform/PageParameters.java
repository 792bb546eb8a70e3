package id.warta.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The page cache's key: the path and only the query parameters the page reads, so {@code /?cb=1}
 * and {@code /?cb=2} are one page, while {@code /cari?q=banjir} and {@code ?halaman=2} are their
 * own.
 *
 * <p>A page declares its parameters in one place, the {@code @RequestParam}s of its controller
 * method; after a path is rendered once, its parameter names are known here (a path always goes to
 * the same method). Until then, a request with a query is a miss. A method that takes parameters
 * some other way (a map of them, a bound object) keeps the whole query in its key.
 */
@Component
class PageParameters {
  /** Names of a page that may read any parameter: the whole query is its key. */
  private static final Set<String> ALL = Set.of("*");

  private final Cache<String, Set<String>> byPath =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** The cache key of this request, or null when the page's parameters are not known yet. */
  String knownKey(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return request.getRequestURI();
    }
    Set<String> names = byPath.getIfPresent(request.getRequestURI());
    return names == null ? null : key(request.getRequestURI(), query, names);
  }

  /** After the page rendered: remembers what its handler reads, and gives its key. */
  String learnedKey(HttpServletRequest request) {
    Set<String> names = names(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
    byPath.put(request.getRequestURI(), names);
    String query = request.getQueryString();
    return query == null || query.isEmpty()
        ? request.getRequestURI()
        : key(request.getRequestURI(), query, names);
  }

  static Set<String> names(Object handler) {
    if (handler instanceof ResourceHttpRequestHandler) {
      return Set.of();
    }
    if (!(handler instanceof HandlerMethod method)) {
      return ALL;
    }
    Set<String> names = new HashSet<>();
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam declared = parameter.getParameterAnnotation(RequestParam.class);
      if (declared == null) {
        continue;
      }
      if (Map.class.isAssignableFrom(parameter.getParameterType())) {
        return ALL;
      }
      String name =
          StringUtils.hasText(declared.name()) ? declared.name() : parameter.getParameterName();
      if (name == null) {
        return ALL;
      }
      names.add(name);
    }
    return Set.copyOf(names);
  }

  /**
   * The path with the page's own parameters in a fixed order (values as sent, repeated values in
   * their order), so neither other parameters nor their order make a new page.
   */
  static String key(String path, String query, Set<String> names) {
    if (names == ALL) {
      return path + "?" + query;
    }
    Map<String, List<String>> kept = new TreeMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name = decoded(rawName);
      // A name that cannot be decoded is kept: better a page of its own than a wrong one.
      if (name == null || names.contains(name)) {
        kept.computeIfAbsent(name == null ? rawName : name, n -> new ArrayList<>())
            .add(equals < 0 ? "" : pair.substring(equals + 1));
      }
    }
    if (kept.isEmpty()) {
      return path;
    }
    StringBuilder key = new StringBuilder(path).append('?');
    kept.forEach(
        (name, values) -> values.forEach(v -> key.append(name).append('=').append(v).append('&')));
    key.setLength(key.length() - 1);
    return key.toString();
  }

  private static String decoded(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
