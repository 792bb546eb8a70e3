package id.warta;

import id.warta.epaper.EditionProgress;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command {@code import-edition PDF DATE TITLE [--fokus-judul=..] [--fokus-teaser=..]
 * [--fokus-halaman=4-7]}: uploads an edition as an editor would and renders it before exiting, so
 * the site shows it at once.
 */
@Command(
    name = "import-edition",
    mixinStandardHelpOptions = true,
    description = "Add a printed edition and render its pages.")
final class EditionImport implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PDF DATE TITLE",
      arity = "0..3",
      description = "the edition's PDF, its date as 2021-06-23, and its title")
  List<String> arguments = List.of();

  @Option(names = "--fokus-judul", paramLabel = "TEXT", description = "the Fokus title")
  String focusTitle = "";

  @Option(names = "--fokus-teaser", paramLabel = "TEXT", description = "the Fokus teaser")
  String focusTeaser = "";

  @Option(
      names = "--fokus-halaman",
      paramLabel = "FIRST-LAST",
      description = "the pages of the Fokus, as 4-7")
  String focusPages;

  /**
   * The upload described by the command's arguments; a bad argument is an IllegalArgumentException.
   */
  static EditionUpload parse(String[] args) throws IOException {
    var command = new EditionImport();
    new CommandLine(command).parseArgs(args);
    return command.upload();
  }

  EditionUpload upload() throws IOException {
    if (arguments.size() < 3) {
      throw new IllegalArgumentException("PDF, DATE and TITLE are required");
    }
    byte[] pdf = Files.readAllBytes(Path.of(arguments.get(0)));
    LocalDate date;
    try {
      date = LocalDate.parse(arguments.get(1));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("DATE must look like 2021-06-23, not " + arguments.get(1));
    }
    Integer first = null;
    Integer last = null;
    if (focusPages != null) {
      String[] range = focusPages.split("-", -1);
      try {
        first = Integer.parseInt(range[0].strip());
        last = range.length > 1 ? Integer.parseInt(range[1].strip()) : first;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--fokus-halaman must look like 4-7, not " + focusPages);
      }
    }
    return new EditionUpload(pdf, date, arguments.get(2), focusTitle, focusTeaser, first, last);
  }

  /** Runs the command as the shell does, writing to the given streams. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String[] command = new String[args.length + 1];
    command[0] = "import-edition";
    System.arraycopy(args, 0, command, 1, args.length);
    return Commands.run(
        command,
        new PrintWriter(out, true, StandardCharsets.UTF_8),
        new PrintWriter(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EditionUpload upload;
    try {
      upload = upload();
    } catch (IOException e) {
      err.println("Cannot read " + arguments.get(0) + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      spec.commandLine().usage(err);
      return 2;
    }
    try (ConfigurableApplicationContext context = Commands.context()) {
      EditionService editions = context.getBean(EditionService.class);
      EditionProgress progress = editions.upload(upload);
      out.println(
          "Stored: edition "
              + progress.editionId()
              + " of "
              + upload.editionDate()
              + ", "
              + progress.pageCount()
              + " pages");
      while (progress.status() == EditionStatus.PROCESSING) {
        progress = editions.awaitProcessing(progress.editionId(), Duration.ofSeconds(5));
        out.println(progress.label());
        if (progress.status() == EditionStatus.PROCESSING) {
          editions.retry(progress.editionId()); // queues it again should nothing be running
        }
      }
      if (progress.status() == EditionStatus.FAILED) {
        err.println(progress.label());
        return 1;
      }
      out.println("Ready: /epaper/" + upload.editionDate());
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("Import refused: " + e.getMessage());
      return 1;
    }
  }
}
