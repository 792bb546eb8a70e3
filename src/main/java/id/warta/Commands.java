package id.warta;

import java.io.PrintWriter;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar warta.jar COMMAND}: jobs run against the configured database without the web
 * server, one class per command, each with {@code --help}. A wrong command or argument prints the
 * usage and exits with 2.
 */
@Command(
    name = "java -jar warta.jar",
    mixinStandardHelpOptions = true,
    description = "Without a command: start the site.",
    subcommands = {
      ImportPageCommand.class,
      RefreshChannelsCommand.class,
      GenerateArticlesCommand.class,
      EditionImport.class,
      WordPressImportCommand.class,
      ReindexCommand.class,
      BackupCommands.Backup.class,
      BackupCommands.Restore.class,
      CreateAdminCommand.class,
      CommandLine.HelpCommand.class
    })
final class Commands implements Runnable {
  /**
   * Commands may run while the site is up: they write to the database only, and the site applies
   * their changes from the change feed (its search index included, which commands never open).
   */
  static final Map<String, Object> DEFAULTS =
      Map.of(
          "warta.demo.enabled", "false",
          "warta.channels.scheduled", "false",
          "warta.search.live-updates", "false");

  static int run(String[] args) {
    return commandLine().execute(args);
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  /** Wrong usage prints what was wrong, any suggestion, and the usage of the command meant. */
  private static CommandLine commandLine() {
    return new CommandLine(new Commands())
        .setParameterExceptionHandler(
            (e, args) -> {
              PrintWriter err = e.getCommandLine().getErr();
              err.println(e.getMessage());
              UnmatchedArgumentException.printSuggestions(e, err);
              e.getCommandLine().usage(err);
              return CommandLine.ExitCode.USAGE;
            });
  }

  /** {@code warta.jar --some-option} without a command never gets here: it starts the site. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "A command is required to run one");
  }

  /** The application without the web server, with {@link #DEFAULTS}. */
  static ConfigurableApplicationContext context() {
    return context(DEFAULTS);
  }

  static ConfigurableApplicationContext context(Map<String, Object> defaults) {
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(defaults);
    return app.run();
  }
}
