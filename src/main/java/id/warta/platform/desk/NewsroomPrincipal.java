package id.warta.platform.desk;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in newsroom account as Spring Security holds it. */
public final class NewsroomPrincipal implements UserDetails, CredentialsContainer {
  private final NewsroomUser user;
  private String passwordHash;

  public NewsroomPrincipal(NewsroomUser user, String passwordHash) {
    this.user = user;
    this.passwordHash = passwordHash;
  }

  public NewsroomUser user() {
    return user;
  }

  public Actor actor() {
    return Actor.of(user);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(user.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean isEnabled() {
    return user.enabled();
  }
}
