package id.warta;

import id.warta.platform.PlannerStatistics;
import id.warta.wordpress.ImportReport;
import id.warta.wordpress.WordPressImport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command {@code import-wordpress FILE [--uploads DIR]}: imports a WordPress export with a
 * progress bar, then lists what it left out and why, and the counts.
 */
@Command(
    name = "import-wordpress",
    mixinStandardHelpOptions = true,
    description =
        "Import a WordPress export (WXR): posts, pages, images from wp-content/uploads, old"
            + " addresses; a second run updates what changed.")
final class WordPressImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the WordPress export (WXR 1.2)")
  Path export;

  @Option(names = "--uploads", paramLabel = "DIR", description = "the site's wp-content/uploads")
  Path uploads;

  @Override
  public Integer call() {
    return run(export, uploads, System.out, System.err);
  }

  static int run(Path export, Path uploads, PrintStream out, PrintStream err) {
    try (ConfigurableApplicationContext context = Commands.context()) {
      long started = System.nanoTime();
      var threads = ManagementFactory.getThreadMXBean();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      ProgressBar bar = new ProgressBar(out);
      ImportReport report = context.getBean(WordPressImport.class).run(export, uploads, bar::show);
      bar.end();
      // thousands of new rows: the planner's statistics now, not at autovacuum's next round
      context.getBean(PlannerStatistics.class).afterBulkLoad();
      for (var s : report.skipped()) {
        out.println("Dilewati: #" + s.wpId() + " " + s.title() + ": " + s.reason());
      }
      out.println(report.summary());
      out.printf(
          "Selesai dalam %.1f s (waktu CPU %.1f s).%n",
          (System.nanoTime() - started) / 1e9,
          (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("Impor ditolak: " + e.getMessage());
      return 1;
    }
  }

  /** "[######### ] 45% 72/160", redrawn in place. */
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
      out.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(20 - filled)
              + "] "
              + String.format("%3d%%", percent)
              + " "
              + done
              + "/"
              + total);
      out.flush();
    }

    void end() {
      if (shown >= 0) {
        out.println();
      }
    }
  }
}
