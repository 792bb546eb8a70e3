package id.warta.newsroom;

import id.warta.platform.SecurityHeaders;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The newsroom's own security chain for /redaksi/**: form login, sessions with a new id after
 * login, CSRF tokens on every form, and role rules per area. The public site's chain stays
 * stateless and cacheable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class NewsroomSecurity {
  static final String LOGIN = "/redaksi/masuk";

  /** Spring Session's cookie; the page cache bypasses requests that carry it. */
  static final String SESSION_COOKIE = "SESSION";

  private static final HttpSessionRequestCache SAVED_REQUESTS = new HttpSessionRequestCache();

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_WRITER");
  }

  private static UserDetailsService newsroomUsers(UserRepository users) {
    return username ->
        users
            .findCredentials(Accounts.normalize(username))
            .map(c -> new NewsroomPrincipal(c.user(), c.passwordHash()))
            .orElseThrow(() -> new UsernameNotFoundException("unknown"));
  }

  /**
   * The newsroom session's cookie, the same with or without an embedded server: HttpOnly,
   * SameSite=Lax, Secure unless WARTA_SECURE_COOKIE=false (plain-HTTP development).
   */
  @Bean
  static CookieSerializer newsroomSessionCookie(
      @Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
    var cookie = new DefaultCookieSerializer();
    cookie.setCookieName(SESSION_COOKIE);
    cookie.setCookiePath("/");
    cookie.setUseHttpOnlyCookie(true);
    cookie.setUseSecureCookie(secure);
    cookie.setSameSite("Lax");
    return cookie;
  }

  @Bean
  @Order(1)
  SecurityFilterChain newsroom(
      HttpSecurity http,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      UserRepository users,
      org.springframework.beans.factory.ObjectProvider<Workflow> workflow)
      throws Exception {
    var dao = new DaoAuthenticationProvider(newsroomUsers(users));
    dao.setPasswordEncoder(encoder);
    // A hash in an older format is rewritten in the current one when its password is typed.
    dao.setUserDetailsPasswordService(
        (user, newHash) -> {
          users.updatePasswordHash(user.getUsername(), newHash);
          return user;
        });
    // Redirects name paths only: never a host taken from the request's Host header.
    var entryPoint = new LoginUrlAuthenticationEntryPoint(LOGIN);
    entryPoint.setFavorRelativeUris(true);
    http.securityMatcher("/redaksi", "/redaksi/**")
        .authenticationProvider(new ThrottledProvider(dao, throttle))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(LOGIN)
                    .permitAll()
                    .requestMatchers(
                        "/redaksi/pengguna",
                        "/redaksi/pengguna/**",
                        "/redaksi/audit",
                        "/redaksi/mitra",
                        "/redaksi/mitra/**",
                        "/redaksi/kanal",
                        "/redaksi/kanal/**",
                        "/redaksi/cadangan",
                        "/redaksi/wordpress",
                        "/redaksi/wordpress/**",
                        "/redaksi/kawat/sumber",
                        "/redaksi/kawat/sumber/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        "/redaksi/antrean",
                        "/redaksi/beranda",
                        "/redaksi/artikel/*/ralat",
                        "/redaksi/artikel/massal",
                        "/redaksi/penulis",
                        "/redaksi/penulis/**",
                        "/redaksi/media/*/hapus",
                        "/redaksi/epaper",
                        "/redaksi/epaper/**",
                        "/redaksi/langsung/**",
                        "/redaksi/halaman",
                        "/redaksi/halaman/**",
                        "/redaksi/pengalihan",
                        "/redaksi/pengalihan/**")
                    .hasRole("EDITOR")
                    // An article's pages (editor, preview, revisions): writers see only
                    // published articles and their own.
                    .requestMatchers("/redaksi/artikel/{id}", "/redaksi/artikel/{id}/**")
                    .access(new ArticleAccess(workflow))
                    .anyRequest()
                    .hasRole("WRITER"))
        .formLogin(
            form ->
                form.loginPage(LOGIN)
                    .loginProcessingUrl(LOGIN)
                    .usernameParameter("nama")
                    .passwordParameter("sandi")
                    .successHandler(NewsroomSecurity::afterLogin)
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                LOGIN
                                    + (e instanceof LoginThrottledException
                                        ? "?tunggu=1"
                                        : "?gagal=1"))))
        .logout(
            logout ->
                logout
                    .logoutUrl("/redaksi/keluar")
                    .logoutSuccessUrl(LOGIN + "?keluar=1")
                    .deleteCookies(SESSION_COOKIE))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .addFilterBefore(new CurrentAccountFilter(users), AuthorizationFilter.class)
        .headers(SecurityHeaders::applyNewsroom)
        .httpBasic(b -> b.disable());
    return http.build();
  }

  /**
   * After login, back to the newsroom page that asked for it, as a path on this site (the saved
   * request's full URL would carry the Host header it was asked with).
   */
  private static void afterLogin(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String target = "/redaksi";
    var saved = SAVED_REQUESTS.getRequest(request, response);
    if (saved instanceof DefaultSavedRequest d
        && "GET".equals(d.getMethod())
        && d.getRequestURI().startsWith("/redaksi/")) {
      target = d.getRequestURI() + (d.getQueryString() == null ? "" : "?" + d.getQueryString());
    }
    SAVED_REQUESTS.removeRequest(request, response);
    response.sendRedirect(target);
  }

  /**
   * Refuses logins while the throttle says wait; counts failures and forgets them on success. A
   * known address gets its password checked even then: a correct one is never held back.
   */
  private record ThrottledProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle)
      implements AuthenticationProvider {
    @Override
    public Authentication authenticate(Authentication authentication) {
      String username = Accounts.normalize(authentication.getName());
      String address =
          authentication.getDetails() instanceof WebAuthenticationDetails d
              ? String.valueOf(d.getRemoteAddress())
              : "?";
      Duration wait = throttle.waitFor(username, address);
      if (!wait.isZero() && !throttle.isKnown(username, address)) {
        throw new LoginThrottledException(wait);
      }
      try {
        Authentication result = delegate.authenticate(authentication);
        throttle.succeeded(username, address);
        return result;
      } catch (AuthenticationException e) {
        throttle.failed(username, address);
        throw wait.isZero() ? e : new LoginThrottledException(wait);
      }
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }

  static final class LoginThrottledException extends AuthenticationException {
    LoginThrottledException(Duration wait) {
      super("Terlalu banyak percobaan; tunggu " + wait.toSeconds() + " detik.");
    }
  }

  /**
   * Keeps a session in step with the account: a disabled or deleted account is signed out at its
   * next request, and a changed role takes effect at once.
   */
  private static final class CurrentAccountFilter extends OncePerRequestFilter {
    private final UserRepository users;

    CurrentAccountFilter(UserRepository users) {
      this.users = users;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth != null && auth.getPrincipal() instanceof NewsroomPrincipal principal) {
        var current = users.findById(principal.user().id()).filter(NewsroomUser::enabled);
        if (current.isEmpty()) {
          SecurityContextHolder.clearContext();
          var session = request.getSession(false);
          if (session != null) {
            session.invalidate();
          }
        } else if (!current.get().equals(principal.user())) {
          var fresh = new NewsroomPrincipal(current.get(), null);
          var token =
              UsernamePasswordAuthenticationToken.authenticated(
                  fresh, null, fresh.getAuthorities());
          var context = SecurityContextHolder.createEmptyContext();
          context.setAuthentication(token);
          SecurityContextHolder.setContext(context);
          var session = request.getSession(false);
          if (session != null) {
            session.setAttribute("SPRING_SECURITY_CONTEXT", context);
          }
        }
      }
      chain.doFilter(request, response);
    }
  }
}
