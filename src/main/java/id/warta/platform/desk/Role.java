package id.warta.platform.desk;

/** What a newsroom account may do; each role may do everything the roles before it may. */
public enum Role {
  WRITER("Penulis"),
  EDITOR("Editor"),
  ADMIN("Admin");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  public static Role parse(String value) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(value)) {
        return role;
      }
    }
    throw new IllegalArgumentException("Peran tidak dikenal.");
  }
}
