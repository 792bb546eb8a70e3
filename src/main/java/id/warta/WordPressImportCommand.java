package id.warta;

import id.warta.wordpress.ImportReport;
import id.warta.wordpress.WordPressImport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command {@code import-wordpress FILE [--uploads DIR]}: imports a WordPress export with a
 * progress bar, then lists what it left out and why, and the counts.
 */
final class WordPressImportCommand {
  private WordPressImportCommand() {}

  record Arguments(Path export, Path uploads) {}

  static Arguments parse(String[] args) {
    Path export = null;
    Path uploads = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--uploads") && i + 1 < args.length) {
        uploads = Path.of(args[++i]);
      } else if (arg.startsWith("--uploads=")) {
        uploads = Path.of(arg.substring("--uploads=".length()));
      } else if (arg.startsWith("-") || export != null) {
        throw new IllegalArgumentException("Unknown argument " + arg);
      } else {
        export = Path.of(arg);
      }
    }
    if (export == null) {
      throw new IllegalArgumentException("FILE (the WordPress export) is required");
    }
    return new Arguments(export, uploads);
  }

  static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(WartaApplication.USAGE);
      return 2;
    }
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(WartaApplication.COMMAND_DEFAULTS);
    try (ConfigurableApplicationContext context = app.run()) {
      long started = System.nanoTime();
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      ProgressBar bar = new ProgressBar(out);
      ImportReport report =
          context.getBean(WordPressImport.class).run(arguments.export(), arguments.uploads(), bar::show);
      bar.end();
      for (var s : report.skipped()) {
        out.println("Dilewati: #" + s.wpId() + " " + s.title() + ": " + s.reason());
      }
      out.println(report.summary());
      out.printf(
          "Selesai dalam %.1f s (waktu CPU %.1f s).%n",
          (System.nanoTime() - started) / 1e9, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("Impor ditolak: " + e.getMessage());
      return 1;
    }
  }

  /** "[#########           ]  45% 72/160", redrawn in place. */
  static final class ProgressBar {
    private final PrintStream out;
    private int shown = -1;

    ProgressBar(PrintStream out) {
      this.out = out;
    }

    void show(int done, int total) {
      int percent = total == 0 ? 100 : (int) (100L * done / total);
      if (percent == shown && done != total) {
        return;
      }
      shown = percent;
      int filled = percent / 5;
      out.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + String.format("%3d%%", percent)
          + " " + done + "/" + total);
      out.flush();
    }

    void end() {
      if (shown >= 0) {
        out.println();
      }
    }
  }
}
