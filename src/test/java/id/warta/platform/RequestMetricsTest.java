package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

/** What the request timer records when a request fails or takes an odd method. */
class RequestMetricsTest {
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final RequestMetrics.RequestTimer timer = new RequestMetrics.RequestTimer(registry);

  @Test
  void anExceptionThatEscapesIsA500NamedByTheExceptionOrItsCause() {
    var request = new MockHttpServletRequest("GET", "/nasional");
    request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/{slug}");
    assertThatThrownBy(
            () ->
                timer.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    new MockFilterChain() {
                      @Override
                      public void doFilter(
                          jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                        throw new IllegalStateException("rusak");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class);
    var wrapped = new MockHttpServletRequest("POST", "/x");
    assertThatThrownBy(
            () ->
                timer.doFilter(
                    wrapped,
                    new MockHttpServletResponse(),
                    new MockFilterChain() {
                      @Override
                      public void doFilter(
                          jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
                          throws ServletException {
                        throw new ServletException(new ArithmeticException());
                      }
                    }))
        .isInstanceOf(ServletException.class);

    assertThat(
            registry
                .get("http.server.requests")
                .tags("method", "GET", "uri", "/{slug}", "status", "500")
                .tags("outcome", "SERVER_ERROR", "exception", "IllegalStateException")
                .tag("error", "IllegalStateException")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get("http.server.requests")
                .tags("method", "POST", "uri", "UNKNOWN", "status", "500")
                .tag("exception", "ArithmeticException")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anUnknownMethodIsOneTagValueNotOnePerSpelling() throws Exception {
    for (String method : new String[] {"FOO", "BAR", "get"}) {
      var response = new MockHttpServletResponse();
      response.setStatus(405);
      timer.doFilter(new MockHttpServletRequest(method, "/"), response, new MockFilterChain());
    }
    assertThat(
            registry
                .get("http.server.requests")
                .tags("method", "UNKNOWN", "uri", "UNKNOWN", "status", "405")
                .tag("outcome", "CLIENT_ERROR")
                .timer()
                .count())
        .isEqualTo(3);
    assertThat(registry.find("http.server.requests").timers()).hasSize(1);
  }
}
