package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.article.TestContent;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Newsroom accounts for tests, with unique names, and sign-ins as them (MockMvc or a browser). */
public final class Staff {
  public static final String PASSWORD = "kata-sandi-uji-123";

  private final Accounts accounts;

  private Staff(ApplicationContext context) {
    this.accounts = context.getBean(Accounts.class);
  }

  public static Staff of(ApplicationContext context) {
    return new Staff(context);
  }

  public NewsroomUser create(Role role) {
    return create(role, null);
  }

  public NewsroomUser create(Role role, Long authorId) {
    String name = TestContent.unique(role.name().toLowerCase(Locale.ROOT)).replace(' ', '-');
    return accounts.create(Actor.SYSTEM, name, "Uji " + name, role, authorId, PASSWORD);
  }

  /** Signs in at {@code site}'s login page in a browser, as a person would. */
  public static void logIn(WebDriver browser, String site, NewsroomUser user) {
    browser.get(site + "/redaksi/masuk");
    browser.findElement(By.id("nama")).sendKeys(user.username());
    browser.findElement(By.id("sandi")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    // The click starts a navigation; the newsroom page that names the user ends it.
    Browser.waiting(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector(".who")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains(user.displayName());
  }

  public static RequestPostProcessor as(NewsroomUser user) {
    return SecurityMockMvcRequestPostProcessors.user(new NewsroomPrincipal(user, null));
  }

  /**
   * Continues the session the previous response kept, by its cookie as a browser does (sessions
   * live in Spring Session, so a flash message reaches the next page only this way).
   */
  public static RequestPostProcessor sameSession(
      org.springframework.test.web.servlet.MvcResult previous) {
    return request -> {
      var cookie = previous.getResponse().getCookie(NewsroomSecurity.SESSION_COOKIE);
      if (cookie != null) {
        request.setCookies(cookie);
      }
      return request;
    };
  }

  public static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
