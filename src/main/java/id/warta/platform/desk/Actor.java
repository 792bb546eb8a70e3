package id.warta.platform.desk;

/**
 * Who is acting: a signed-in account, or the system itself (scheduler, command line).
 *
 * @param authorId the byline linked to the account, or null
 */
public record Actor(Long id, String name, Role role, Long authorId) {
  public static final Actor SYSTEM = new Actor(null, "Sistem", Role.ADMIN, null);

  public static Actor of(NewsroomUser user) {
    return new Actor(user.id(), user.displayName(), user.role(), user.authorId());
  }

  public boolean can(Role needed) {
    return role.atLeast(needed);
  }
}
