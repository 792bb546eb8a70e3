package id.warta.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat does before any filter: believes forwarded headers from trusted proxies only, and
 * puts the security headers on every response, Tomcat's own error pages (a malformed request line
 * or header, answered before Spring sees the request) included, with HSTS whenever the request came
 * over HTTPS, directly or through a trusted TLS proxy; and answers page cache hits ({@link
 * PageCacheValve}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ServerValves {
  static final String HSTS = "max-age=31536000 ; includeSubDomains";

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> proxyAndHeaderValves(
      ProxyProperties proxies, ObjectProvider<PageCacheHits> pageCacheHits) {
    return factory -> {
      if (!proxies.trusted().isEmpty()) {
        String cidrs = String.join(", ", proxies.trusted());
        var remoteIp = new RemoteIpValve();
        // Tomcat reads a list with '/' as CIDR ranges; every entry has one (ProxyProperties).
        remoteIp.setInternalProxies(cidrs);
        remoteIp.setTrustedProxies(null);
        remoteIp.setRemoteIpHeader("X-Forwarded-For");
        remoteIp.setProtocolHeader("X-Forwarded-Proto");
        remoteIp.setHostHeader("X-Forwarded-Host");
        remoteIp.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(new ForwardedValve(cidrs), remoteIp);
      }
      // Hits carry the security headers of the page they were stored from (HSTS added per request);
      // the proxy valves come first, so that a hit knows whether it came over TLS.
      factory.addEngineValves(new PageCacheValve(pageCacheHits), new SecurityHeadersValve());
    };
  }

  /**
   * Reads the standard {@code Forwarded} header (RFC 7239) from a trusted proxy that sends no
   * {@code X-Forwarded-For}, as the X- headers the next valve understands.
   */
  static final class ForwardedValve extends ValveBase {
    private final NetMaskSet trusted;

    ForwardedValve(String trustedCidrs) {
      super(true);
      this.trusted = NetMaskSet.parse(trustedCidrs);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
      String forwarded = request.getHeader("Forwarded");
      if (forwarded != null
          && request.getHeader("X-Forwarded-For") == null
          && trusts(request.getRemoteAddr())) {
        List<String> clients = new ArrayList<>();
        String proto = null;
        String host = null;
        for (String hop : forwarded.split(",")) {
          for (String pair : hop.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
              continue;
            }
            String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = unquote(pair.substring(eq + 1).strip());
            switch (name) {
              case "for" -> clients.add(address(value));
              case "proto" -> proto = value;
              case "host" -> host = value;
              default -> {}
            }
          }
        }
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        if (!clients.isEmpty()) {
          set(headers, "X-Forwarded-For", String.join(", ", clients));
        }
        // proto and host of the hop nearest to us (the last one that names them)
        if (proto != null && request.getHeader("X-Forwarded-Proto") == null) {
          set(headers, "X-Forwarded-Proto", proto);
        }
        if (host != null && request.getHeader("X-Forwarded-Host") == null) {
          set(headers, "X-Forwarded-Host", host);
        }
      }
      getNext().invoke(request, response);
    }

    private boolean trusts(String address) {
      try {
        return trusted.contains(address);
      } catch (UnknownHostException e) {
        return false;
      }
    }

    private static void set(MimeHeaders headers, String name, String value) {
      MessageBytes bytes = headers.setValue(name);
      bytes.setString(value);
    }

    private static String unquote(String value) {
      return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
          ? value.substring(1, value.length() - 1)
          : value;
    }

    /**
     * {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code 192.0.2.60:80} → {@code
     * 192.0.2.60}.
     */
    private static String address(String node) {
      if (node.startsWith("[")) {
        int end = node.indexOf(']');
        return end > 0 ? node.substring(1, end) : node;
      }
      int colon = node.indexOf(':');
      return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }
  }

  /** The headers of {@link SecurityHeaders}, set before anything else can answer. */
  static final class SecurityHeadersValve extends ValveBase {
    SecurityHeadersValve() {
      super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
      // Spring Security keeps a policy already set, so the newsroom's (inline styles for the
      // rich-text editor) is chosen here.
      String uri = request.getRequestURI();
      boolean newsroom = uri != null && (uri.equals("/redaksi") || uri.startsWith("/redaksi/"));
      response.setHeader(
          "Content-Security-Policy",
          newsroom
              ? SecurityHeaders.NEWSROOM_CONTENT_SECURITY_POLICY
              : SecurityHeaders.CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
      response.setHeader("X-Frame-Options", "DENY");
      if (request.isSecure()) {
        response.setHeader("Strict-Transport-Security", HSTS);
      }
      getNext().invoke(request, response);
    }
  }
}
