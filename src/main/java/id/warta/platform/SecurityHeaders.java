package id.warta.platform;

import org.springframework.security.config.annotation.web.HttpSecurityBuilder;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers every page carries, public or newsroom: a Content-Security-Policy that allows no
 * inline or foreign script, no framing, nosniff and a strict referrer policy.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
          // Embedded posts are framed only after the reader clicks (click-to-load blocks).
          + " frame-src "
          + Embed.FRAME_SOURCES;

  /**
   * The newsroom's policy: the same, except that styles may be inline. The rich-text editor
   * (TinyMCE) positions its toolbars and menus with style attributes; scripts stay 'self' only.
   */
  public static final String NEWSROOM_CONTENT_SECURITY_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

  private SecurityHeaders() {}

  public static <B extends HttpSecurityBuilder<B>> void applyNewsroom(
      HeadersConfigurer<B> headers) {
    apply(headers);
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(NEWSROOM_CONTENT_SECURITY_POLICY));
  }

  public static <B extends HttpSecurityBuilder<B>> void apply(HeadersConfigurer<B> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .contentTypeOptions(c -> {})
        .referrerPolicy(
            r ->
                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(f -> f.deny());
  }
}
