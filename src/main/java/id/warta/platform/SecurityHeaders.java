package id.warta.platform;

import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers every page carries, public or newsroom: a Content-Security-Policy that allows no
 * inline or foreign script, no framing, nosniff and a strict referrer policy.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " frame-src https://www.youtube-nocookie.com;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static <B extends org.springframework.security.config.annotation.web.HttpSecurityBuilder<B>>
      void apply(HeadersConfigurer<B> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .contentTypeOptions(c -> {})
        .referrerPolicy(
            r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(f -> f.deny());
  }
}
