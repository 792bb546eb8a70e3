package id.warta.newsroom;

import id.warta.article.TestContent;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** Newsroom accounts for tests, with unique names, and MockMvc sign-ins as them. */
final class Staff {
  static final String PASSWORD = "kata-sandi-uji-123";

  private final Accounts accounts;

  private Staff(ApplicationContext context) {
    this.accounts = context.getBean(Accounts.class);
  }

  static Staff of(ApplicationContext context) {
    return new Staff(context);
  }

  NewsroomUser create(Role role) {
    return create(role, null);
  }

  NewsroomUser create(Role role, Long authorId) {
    String name = TestContent.unique(role.name().toLowerCase(Locale.ROOT)).replace(' ', '-');
    return accounts.create(Actor.SYSTEM, name, "Uji " + name, role, authorId, PASSWORD);
  }

  static RequestPostProcessor as(NewsroomUser user) {
    return SecurityMockMvcRequestPostProcessors.user(new NewsroomPrincipal(user, null));
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
