package id.warta;

import id.warta.channel.ChannelAdmin;
import id.warta.channel.RefreshResult;
import id.warta.demo.GeneratedArticles;
import id.warta.demo.PageImporter;
import id.warta.search.ProgressLog;
import id.warta.search.SearchIndex;
import id.warta.newsroom.Accounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.beans.factory.BeanCreationException;
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
        java -jar warta.jar refresh-channels    fetch every enabled partner channel's feed once
        java -jar warta.jar generate-articles N generate N published articles (benchmarks)
        java -jar warta.jar import-edition PDF DATE TITLE [--fokus-judul=TEXT]
            [--fokus-teaser=TEXT] [--fokus-halaman=FIRST-LAST]
                                                add a printed edition (DATE as 2021-06-23) and
                                                render its pages
        java -jar warta.jar import-wordpress FILE [--uploads DIR]
                                                import a WordPress export (WXR): posts, pages,
                                                images from wp-content/uploads, old addresses;
                                                a second run updates what changed
        java -jar warta.jar reindex             rebuild the search index from the database
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
    if (command.equals("refresh-channels") && rest.length == 0) {
      return refreshChannels();
    }
    if (command.equals("generate-articles") && rest.length == 1 && rest[0].matches("[0-9]{1,7}")) {
      return generateArticles(Integer.parseInt(rest[0]));
    }
    if (command.equals("import-edition")) {
      return EditionImport.run(rest);
    }
    if (command.equals("import-wordpress")) {
      return WordPressImportCommand.run(rest);
    }
    if (command.equals("reindex") && rest.length == 0) {
      return reindex();
    }
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

  /** Generates published articles for benchmarks and prints the time it took. */
  static int generateArticles(int count) {
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    // Indexing article by article would dominate; `reindex` builds the index in one pass after.
    app.setDefaultProperties(COMMAND_DEFAULTS);
    try (ConfigurableApplicationContext context = app.run()) {
      long started = System.nanoTime();
      context
          .getBean(GeneratedArticles.class)
          .generate(count, done -> System.out.println("generated " + done + "/" + count));
      context.getBean(id.warta.platform.SqliteStatistics.class).refresh();
      System.out.printf(
          "Generated %d articles in %.1f s; a running site indexes them from the change feed,"
              + " else `reindex` (faster for many) or the next start does%n",
          count, (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("Cannot generate: " + e.getMessage());
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

  /** Fetches each enabled partner feed once and prints what happened to each channel. */
  static int refreshChannels() {
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(COMMAND_DEFAULTS);
    try (ConfigurableApplicationContext context = app.run()) {
      var results = context.getBean(ChannelAdmin.class).refreshAll();
      if (results.isEmpty()) {
        System.out.println("No enabled partner channels.");
      }
      for (var result : results) {
        System.out.println(result.slug() + " (" + result.name() + "): " + result.summary());
      }
      return results.stream().anyMatch(RefreshResult::failed) ? 1 : 0;
    }
  }

  /** Rebuilds the search index from the database, showing progress; the site must be stopped. */
  static int reindex() {
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(java.util.Map.of("warta.demo.enabled", "false"));
    try (ConfigurableApplicationContext context = app.run()) {
      var index = context.getBean(SearchIndex.class);
      var outcome = index.rebuild(new ProgressLog(System.out::println));
      System.out.println(
          "Search index rebuilt: " + outcome.indexed() + " articles indexed, " + outcome.removed()
              + " removed, in " + outcome.took().toMillis() + " ms");
      return 0;
    } catch (BeanCreationException e) {
      System.err.println(
          "reindex needs the site stopped: the running site holds the search index (and keeps it"
              + " current itself). Stop the site, or leave it: it catches up on every start. ("
              + e.getMostSpecificCause().getMessage() + ")");
      return 1;
    }
  }

  /**
   * Commands may run while the site is up: they write to the database only, and the site applies
   * their changes from the change feed (its search index included, which commands never open).
   */
  static final java.util.Map<String, Object> COMMAND_DEFAULTS =
      java.util.Map.of(
          "warta.demo.enabled", "false",
          "warta.channels.scheduled", "false",
          "warta.search.live-updates", "false");

  private static ConfigurableApplicationContext commandContext() {
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(COMMAND_DEFAULTS);
    return app.run();
  }
}
