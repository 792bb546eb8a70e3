package id.warta.redirect;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an old address with 301 and its Warta address. Right after the page cache: an old address
 * is never a page of its own, so whatever the cache holds is not one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RedirectFilter extends OncePerRequestFilter {
  private final Redirects redirects;

  RedirectFilter(Redirects redirects) {
    this.redirects = redirects;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return true;
    }
    String uri = request.getRequestURI();
    return uri.startsWith("/media/")
        || uri.startsWith("/css/")
        || uri.startsWith("/js/")
        || uri.startsWith("/webjars/")
        || uri.startsWith("/redaksi")
        || uri.startsWith("/api/")
        || uri.startsWith("/actuator");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = Redirects.normalize(request.getRequestURI(), request.getQueryString());
    Optional<String> target = path == null ? Optional.empty() : redirects.find(path);
    if (target.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", target.get());
    response.setHeader("Cache-Control", "public, max-age=86400");
  }
}
