package id.warta;

import id.warta.demo.PageImporter;
import id.warta.newsroom.Accounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WartaApplication {
  static final String USAGE =
      """
      Usage:
        java -jar warta.jar                     start the site
        java -jar warta.jar import-page FILE    import an article page in the seed's text format
        java -jar warta.jar create-admin NAME   create the newsroom admin NAME, or reset its
                                                password; prints the new generated password
      """;

  public static void main(String[] args) {
    if (args.length > 0 && !args[0].startsWith("-")) {
      System.exit(runCommand(args));
    }
    SpringApplication.run(WartaApplication.class, args);
  }

  /** Runs a command against the configured database, without the web server. */
  static int runCommand(String[] args) {
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (command.equals("create-admin") && rest.length == 1) {
      return createAdmin(rest[0]);
    }
    if (!command.equals("import-page") || rest.length != 1) {
      System.err.print(USAGE);
      return 2;
    }
    String text;
    try {
      text = Files.readString(Path.of(rest[0]), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("Cannot read " + rest[0] + ": " + e.getMessage());
      return 1;
    }
    try (ConfigurableApplicationContext context = commandContext()) {
      var result = context.getBean(PageImporter.class).importPage(text);
      System.out.println(
          (result.created() ? "Imported" : "Already present") + ": article " + result.articleId());
      result.warnings().forEach(w -> System.out.println("Warning: " + w));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("Import refused: " + e.getMessage());
      return 1;
    }
  }

  private static int createAdmin(String username) {
    String password = Accounts.generatePassword();
    try (ConfigurableApplicationContext context = commandContext()) {
      var admin = context.getBean(Accounts.class).createOrResetAdmin(username, password);
      System.out.println("Admin " + admin.username() + " siap. Kata sandi: " + password);
      System.out.println("Kata sandi ini tidak disimpan di mana pun; catat sekarang.");
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("Gagal: " + e.getMessage());
      return 1;
    }
  }

  private static ConfigurableApplicationContext commandContext() {
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(java.util.Map.of("warta.demo.enabled", "false"));
    return app.run();
  }
}
