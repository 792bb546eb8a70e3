package id.warta.newsroom;

/**
 * Who is acting: a signed-in account, or the system itself (scheduler, command line).
 *
 * @param authorId the byline linked to the account, or null
 */
record Actor(Long id, String name, Role role, Long authorId) {
  static final Actor SYSTEM = new Actor(null, "Sistem", Role.ADMIN, null);

  static Actor of(NewsroomUser user) {
    return new Actor(user.id(), user.displayName(), user.role(), user.authorId());
  }

  boolean can(Role needed) {
    return role.atLeast(needed);
  }
}
