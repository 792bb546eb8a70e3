package id.warta.newsroom;

/** Who is acting: a signed-in account, or the system itself (scheduler, command line). */
record Actor(Long id, String name, Role role) {
  static final Actor SYSTEM = new Actor(null, "Sistem", Role.ADMIN);

  static Actor of(NewsroomUser user) {
    return new Actor(user.id(), user.displayName(), user.role());
  }

  boolean can(Role needed) {
    return role.atLeast(needed);
  }
}
