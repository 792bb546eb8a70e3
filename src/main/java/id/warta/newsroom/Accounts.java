package id.warta.newsroom;

import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Newsroom accounts: creating, editing, disabling, passwords. Every change is audited. */
@Service
public class Accounts {
  static final int PASSWORD_MIN = 12;

  /** BCrypt reads only the first 72 bytes; longer passwords are refused, not cut. */
  static final int PASSWORD_MAX_BYTES = 72;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
  private static final char[] ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final Clock clock;
  private final NewsroomSessions sessions;

  Accounts(
      UserRepository users,
      PasswordEncoder encoder,
      AuditLog audit,
      Clock clock,
      NewsroomSessions sessions) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** A password of 20 random letters and digits (about 117 bits). */
  public static String generatePassword() {
    var s = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }

  public List<NewsroomUser> all() {
    return users.findAll();
  }

  public Optional<NewsroomUser> find(long id) {
    return users.findById(id);
  }

  public Optional<NewsroomUser> findByUsername(String username) {
    return users.findByUsername(normalize(username));
  }

  boolean isEmpty() {
    return users.count() == 0;
  }

  /**
   * Creates the account "admin" with this password if there is no account at all; answers whether
   * it did. Nodes that start at once on an empty database race here: on SQLite the second one finds
   * the account made; on PostgreSQL its insert waits for the first one's and fails as a duplicate,
   * which {@link FirstAdmin} takes as "made by another node".
   */
  @Transactional
  public boolean createFirstAdmin(String password) {
    if (users.count() > 0) {
      return false;
    }
    create(Actor.SYSTEM, "admin", "Administrator", Role.ADMIN, null, password);
    return true;
  }

  @Transactional
  public NewsroomUser create(
      Actor actor, String username, String displayName, Role role, Long authorId, String password) {
    String name = normalize(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Nama pengguna 2-60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");
    }
    String display = requireDisplayName(displayName);
    checkPassword(password);
    if (users.findByUsername(name).isPresent()) {
      throw new IllegalArgumentException("Nama pengguna \"" + name + "\" sudah dipakai.");
    }
    long id =
        users.insert(name, display, encoder.encode(password), role, authorId, clock.instant());
    audit.record(actor, "USER_CREATED", "pengguna " + name, "peran " + role.label());
    return users.findById(id).orElseThrow();
  }

  /**
   * Creates the admin, or resets an existing account to admin with this password and enables it.
   */
  @Transactional
  public NewsroomUser createOrResetAdmin(String username, String password) {
    var existing = users.findByUsername(normalize(username));
    if (existing.isEmpty()) {
      return create(Actor.SYSTEM, username, "Administrator", Role.ADMIN, null, password);
    }
    NewsroomUser user = existing.get();
    checkPassword(password);
    users.update(user.id(), user.displayName(), Role.ADMIN, true, user.authorId(), clock.instant());
    users.updatePassword(user.id(), encoder.encode(password), clock.instant());
    audit.record(
        Actor.SYSTEM, "ADMIN_RESET", "pengguna " + user.username(), "perintah create-admin");
    // a reset from the command line is for a lost or leaked password: nobody stays signed in
    sessions.endAllAfterCommit(user.username());
    return users.findById(user.id()).orElseThrow();
  }

  @Transactional
  public void update(
      Actor actor, long id, String displayName, Role role, boolean enabled, Long authorId) {
    NewsroomUser user =
        users
            .findById(id)
            .orElseThrow(() -> new IllegalArgumentException("Pengguna tidak ditemukan."));
    String display = requireDisplayName(displayName);
    boolean losesAdmin = user.role() == Role.ADMIN && (role != Role.ADMIN || !enabled);
    if (losesAdmin && user.enabled() && users.countEnabledAdmins() <= 1) {
      throw new IllegalArgumentException("Harus ada paling sedikit satu admin yang aktif.");
    }
    users.update(id, display, role, enabled, authorId, clock.instant());
    var changes = new StringBuilder();
    if (user.role() != role) {
      changes
          .append("peran ")
          .append(user.role().label())
          .append(" → ")
          .append(role.label())
          .append("; ");
    }
    if (user.enabled() != enabled) {
      changes.append(enabled ? "diaktifkan" : "dinonaktifkan").append("; ");
    }
    if (!user.displayName().equals(display)) {
      changes.append("nama tampilan diubah; ");
    }
    audit.record(actor, "USER_UPDATED", "pengguna " + user.username(), changes.toString().strip());
  }

  /** Sets a new generated password for someone else and returns it, to be shown once. */
  @Transactional
  public String resetPassword(Actor actor, long id) {
    NewsroomUser user =
        users
            .findById(id)
            .orElseThrow(() -> new IllegalArgumentException("Pengguna tidak ditemukan."));
    String password = generatePassword();
    users.updatePassword(id, encoder.encode(password), clock.instant());
    audit.record(actor, "PASSWORD_RESET", "pengguna " + user.username(), "");
    return password;
  }

  @Transactional
  public void changePassword(Actor actor, String current, String next, String confirmation) {
    String hash = users.findPasswordHash(actor.id()).orElseThrow();
    if (current == null || !encoder.matches(current, hash)) {
      throw new IllegalArgumentException("Kata sandi saat ini salah.");
    }
    if (next == null || !next.equals(confirmation)) {
      throw new IllegalArgumentException("Kata sandi baru dan ulangannya tidak sama.");
    }
    if (next.equals(current)) {
      throw new IllegalArgumentException("Kata sandi baru harus berbeda dari yang lama.");
    }
    checkPassword(next);
    users.updatePassword(actor.id(), encoder.encode(next), clock.instant());
    audit.record(actor, "PASSWORD_CHANGED", "pengguna " + actor.name(), "");
  }

  static void checkPassword(String password) {
    if (password == null || password.length() < PASSWORD_MIN) {
      throw new IllegalArgumentException(
          "Kata sandi paling sedikit " + PASSWORD_MIN + " karakter.");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
      throw new IllegalArgumentException("Kata sandi terlalu panjang (paling banyak 72 bita).");
    }
  }

  private static String requireDisplayName(String displayName) {
    String d = displayName == null ? "" : displayName.strip();
    if (d.isEmpty() || d.length() > 120) {
      throw new IllegalArgumentException("Nama tampilan wajib diisi, paling banyak 120 karakter.");
    }
    return d;
  }

  static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
