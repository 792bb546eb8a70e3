package id.warta.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public site's security: everything readable, nothing writable, strict headers. The newsroom
 * has its own chain (newsroom.NewsroomSecurity) for /redaksi/**, the metrics scraper one for
 * /actuator/prometheus.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {
  static final String PROMETHEUS = "/actuator/prometheus";

  /**
   * No observation per security filter, authentication or authorization: nobody reads them, and
   * with observations merely disabled the chain still wrapped each of its filters in an observing
   * one for every request (~2 % of an uncached article's CPU).
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /** The scraper's own chain: HTTP basic against the configured credentials, nothing else. */
  @Bean
  @Order(2)
  SecurityFilterChain metrics(HttpSecurity http, MetricsProperties metrics) throws Exception {
    http.securityMatcher(PROMETHEUS)
        .authorizeHttpRequests(
            auth -> {
              if (metrics.password().isEmpty()) {
                auth.anyRequest().denyAll();
              } else {
                auth.anyRequest().hasRole("METRICS");
              }
            })
        .authenticationManager(new ProviderManager(new ScraperAuthentication(metrics)))
        .httpBasic(b -> b.realmName("warta-metrics"))
        .headers(SecurityHeaders::apply)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .formLogin(f -> f.disable())
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                // Load balancers' probes: status only
                // (management.endpoint.health.show-details=never).
                auth.requestMatchers("/actuator/health/**", "/actuator/health")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        .headers(SecurityHeaders::apply)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .formLogin(f -> f.disable())
        .httpBasic(b -> b.disable())
        .csrf(c -> c.disable());
    return http.build();
  }

  /** Compares the scraper's credentials in constant time; there is exactly one scraper account. */
  private record ScraperAuthentication(MetricsProperties metrics)
      implements AuthenticationProvider {
    @Override
    public Authentication authenticate(Authentication authentication) {
      String password = String.valueOf(authentication.getCredentials());
      boolean ok =
          !metrics.password().isEmpty()
              & MessageDigest.isEqual(
                  authentication.getName().getBytes(StandardCharsets.UTF_8),
                  metrics.username().getBytes(StandardCharsets.UTF_8))
              & MessageDigest.isEqual(
                  password.getBytes(StandardCharsets.UTF_8),
                  metrics.password().getBytes(StandardCharsets.UTF_8));
      if (!ok) {
        throw new BadCredentialsException("bad scraper credentials");
      }
      return UsernamePasswordAuthenticationToken.authenticated(
          metrics.username(), null, List.of(new SimpleGrantedAuthority("ROLE_METRICS")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }
}
