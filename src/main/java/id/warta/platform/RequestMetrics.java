package id.warta.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code http.server.requests}: a timer per method, route, status and exception, with the names and
 * tag values of Spring's request observation ({@code uri} is the mapping's pattern, {@code
 * REDIRECTION}, {@code NOT_FOUND} or {@code UNKNOWN}; {@code outcome}; {@code exception} and {@code
 * error} the exception's simple name or {@code none}), so dashboards read them as before. Spring's
 * observation filter is left out (WebMvcObservationAutoConfiguration excluded): nothing here reads
 * observations, and it built one per request, with its context, key values, handlers and a long
 * task timer looked up by tags at start and a timer at stop (7 % of an uncached article's CPU).
 * Here the timer is looked up in a map by the four values; Micrometer registers it once, through
 * the registry's meter filters. Page cache hits are not timed: the valve answers them before any
 * filter ({@link PageCacheValve}) and the page cache filter, which comes first, before this one;
 * {@code warta.page.cache.hits} counts them. Left out with Spring's filter: the long task timer of
 * requests in progress ({@code http.server.requests.active}) and the cap on distinct {@code uri}
 * values (a route pattern here, never the path, so their number is the number of mappings).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestMetrics {
  static final String NAME = "http.server.requests";

  @Bean
  FilterRegistrationBean<RequestTimer> requestTimer(MeterRegistry registry) {
    var registration = new FilterRegistrationBean<>(new RequestTimer(registry));
    // Where Spring's observation filter was: after the page cache filter (whose hits are counted
    // as hits, not timed), before the others, so that the time covers what they answer themselves.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  static final class RequestTimer extends OncePerRequestFilter {
    private static final Set<String> METHODS =
        Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    private record Key(String method, String uri, int status, String exception) {}

    private final MeterRegistry registry;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

    RequestTimer(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long started = System.nanoTime();
      Throwable thrown = null;
      try {
        chain.doFilter(request, response);
      } catch (IOException | ServletException | RuntimeException | Error e) {
        thrown = e instanceof ServletException s && s.getCause() != null ? s.getCause() : e;
        // What the container will answer for an exception that got this far.
        if (!response.isCommitted()) {
          response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        throw e;
      } finally {
        if (thrown == null
            && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
          thrown = t;
        }
        timer(request, response.getStatus(), thrown)
            .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      }
    }

    private Timer timer(HttpServletRequest request, int status, Throwable thrown) {
      String method = request.getMethod();
      String exception = thrown == null ? "none" : name(thrown.getClass());
      var key =
          new Key(
              METHODS.contains(method) ? method : "UNKNOWN",
              uri(request, status),
              status,
              exception);
      return timers.computeIfAbsent(key, this::register);
    }

    private Timer register(Key key) {
      return Timer.builder(NAME)
          .description("Duration of HTTP server request handling")
          .tag("method", key.method())
          .tag("uri", key.uri())
          .tag("status", String.valueOf(key.status()))
          .tag("outcome", outcome(key.status()))
          .tag("exception", key.exception())
          .tag("error", key.exception())
          .register(registry);
    }

    private static String uri(HttpServletRequest request, int status) {
      if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
          instanceof String pattern) {
        return pattern.isEmpty() ? "root" : pattern;
      }
      if (status >= 300 && status < 400) {
        return "REDIRECTION";
      }
      return status == HttpServletResponse.SC_NOT_FOUND ? "NOT_FOUND" : "UNKNOWN";
    }

    private static String outcome(int status) {
      return switch (status / 100) {
        case 1 -> "INFORMATIONAL";
        case 2 -> "SUCCESS";
        case 3 -> "REDIRECTION";
        case 4 -> "CLIENT_ERROR";
        case 5 -> "SERVER_ERROR";
        default -> "UNKNOWN";
      };
    }

    private static String name(Class<?> type) {
      String simple = type.getSimpleName();
      return simple.isEmpty() ? type.getName() : simple;
    }
  }
}
