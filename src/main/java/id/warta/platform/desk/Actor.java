package id.warta.platform.desk;

/** Who is acting: a signed-in account, or the system itself (scheduler, command line). */
public record Actor(Long id, String name, Role role) {
  public static final Actor SYSTEM = new Actor(null, "Sistem", Role.ADMIN);

  public static Actor of(NewsroomUser user) {
    return new Actor(user.id(), user.displayName(), user.role());
  }

  public boolean can(Role needed) {
    return role.atLeast(needed);
  }
}
