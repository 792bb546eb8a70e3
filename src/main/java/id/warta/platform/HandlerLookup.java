package id.warta.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's controller method without matching every mapping in full. Spring MVC looks a
 * path without variables up directly, but for any other path (an article's /nasional/7/judul, a
 * section's page) it tries all of the application's ~130 mappings in turn, each asking the request
 * (through the security and session wrappers) for its method, its CORS headers and more before its
 * path: 8 % of an uncached article page's CPU. Here a mapping is first compared by the literal
 * segments its patterns begin with ({@code /redaksi/artikel} of {@code /redaksi/artikel/{id}}),
 * which every path it matches begins with too; only the mappings that pass are matched by Spring as
 * before. Paths Spring would decode before matching (with {@code %} or {@code ;}) skip the
 * comparison.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {
  @Override
  public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
    return new PrefilteredMapping();
  }

  static final class PrefilteredMapping extends RequestMappingHandlerMapping {
    private static final String[] ANY = {""};

    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
        throws Exception {
      boolean literal = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
      if (!literal || !getPatternParser().isCaseSensitive()) {
        return super.lookupHandlerMethod(lookupPath, request);
      }
      return super.lookupHandlerMethod(lookupPath, new Lookup(request, lookupPath));
    }

    /** Spring's own lookup, every mapping matched in full (for tests comparing the two). */
    HandlerMethod lookupInFull(String lookupPath, HttpServletRequest request) throws Exception {
      return super.lookupHandlerMethod(lookupPath, request);
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      if (request instanceof Lookup lookup && !mayMatch(info, lookup.path)) {
        return null;
      }
      return super.getMatchingMapping(info, request);
    }

    private boolean mayMatch(RequestMappingInfo info, String path) {
      for (String prefix : prefixes.computeIfAbsent(info, PrefilteredMapping::literalPrefixes)) {
        if (path.startsWith(prefix)
            && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
          return true;
        }
      }
      return false;
    }

    /** For each pattern, its leading literal segments ("" when it starts with a variable). */
    static String[] literalPrefixes(RequestMappingInfo info) {
      PathPatternsRequestCondition condition = info.getPathPatternsCondition();
      if (condition == null || condition.getPatterns().isEmpty()) {
        return ANY;
      }
      return condition.getPatterns().stream()
          .map(PathPattern::getPatternString)
          .map(PrefilteredMapping::literalPrefix)
          .toArray(String[]::new);
    }

    static String literalPrefix(String pattern) {
      if (!pattern.startsWith("/")) {
        return "";
      }
      StringBuilder prefix = new StringBuilder();
      for (String segment : pattern.substring(1).split("/", -1)) {
        boolean literalSegment =
            !segment.isEmpty()
                && segment.indexOf('{') < 0
                && segment.indexOf('*') < 0
                && segment.indexOf('?') < 0;
        if (!literalSegment) {
          break;
        }
        prefix.append('/').append(segment);
      }
      return prefix.toString();
    }
  }

  /** The request during one lookup, carrying its path to each mapping's comparison. */
  private static final class Lookup extends HttpServletRequestWrapper {
    final String path;

    Lookup(HttpServletRequest request, String path) {
      super(request);
      this.path = path;
    }
  }
}
