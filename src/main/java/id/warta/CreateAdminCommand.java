package id.warta;

import id.warta.newsroom.Accounts;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "create-admin",
    mixinStandardHelpOptions = true,
    description =
        "Create the newsroom admin NAME, or reset its password; prints the new"
            + " generated password once.")
final class CreateAdminCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME")
  String username;

  @Override
  public Integer call() {
    String password = Accounts.generatePassword();
    // Only the beans an account needs are made (the database and its migrations among them):
    // the command often runs beside starting nodes, on the same cores.
    var defaults = new java.util.HashMap<String, Object>(Commands.DEFAULTS);
    defaults.put("spring.main.lazy-initialization", "true");
    try (ConfigurableApplicationContext context = Commands.context(defaults)) {
      var admin = context.getBean(Accounts.class).createOrResetAdmin(username, password);
      System.out.println("Admin " + admin.username() + " siap. Kata sandi: " + password);
      System.out.println("Kata sandi ini tidak disimpan di mana pun; catat sekarang.");
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("Gagal: " + e.getMessage());
      return 1;
    }
  }
}
