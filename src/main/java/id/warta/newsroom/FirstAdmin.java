package id.warta.newsroom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start with no accounts, creates the account "admin" with a generated password and
 * prints it once to the log. There is never a default password. Of several nodes starting at once
 * on an empty database, one creates it and prints the password; the others start without it.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
@ConditionalOnProperty(
    name = "warta.newsroom.first-admin",
    havingValue = "true",
    matchIfMissing = true)
class FirstAdmin implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final Accounts accounts;

  FirstAdmin(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!accounts.isEmpty()) {
      return;
    }
    String password = Accounts.generatePassword();
    try {
      if (!accounts.createFirstAdmin(password)) {
        return;
      }
    } catch (DuplicateKeyException e) {
      // another node of the cluster started at the same moment and made the account first
      log.info("The first newsroom account was created by another node.");
      return;
    }
    log.warn(
        "\n\n  Akun redaksi pertama dibuat. Masuk di /redaksi/masuk dengan\n"
            + "    nama pengguna: admin\n    kata sandi:    {}\n"
            + "  Kata sandi ini hanya ditampilkan sekali; segera ganti setelah masuk.\n",
        password);
  }
}
