package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.platform.RequestNumbers;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.Role;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may open an article's newsroom pages (/redaksi/artikel/{id} and below, including the preview
 * that the site package serves): staff; writers only published articles and their own. Anything
 * that is not an article number (/redaksi/artikel/baru) only needs a writer.
 */
final class ArticleAccess implements AuthorizationManager<RequestAuthorizationContext> {
  private final ObjectProvider<Workflow> workflow;

  ArticleAccess(ObjectProvider<Workflow> workflow) {
    this.workflow = workflow;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Authentication auth = authentication.get();
    if (auth == null || !(auth.getPrincipal() instanceof NewsroomPrincipal principal)) {
      return new AuthorizationDecision(false);
    }
    Actor actor = principal.actor();
    if (!actor.can(Role.WRITER)) {
      return new AuthorizationDecision(false);
    }
    OptionalLong id =
        RequestNumbers.parse(
            context.getVariables().getOrDefault("id", ""), RequestNumbers.ID_DIGITS);
    if (actor.can(Role.EDITOR) || id.isEmpty()) {
      return new AuthorizationDecision(true);
    }
    Workflow w = workflow.getObject();
    boolean allowed =
        w.findOptional(id.getAsLong()).map((Article a) -> w.canView(actor, a)).orElse(true);
    return new AuthorizationDecision(allowed);
  }
}
