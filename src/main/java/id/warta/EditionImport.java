package id.warta;

import id.warta.epaper.EditionProgress;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command {@code import-edition PDF DATE TITLE [--fokus-judul=..] [--fokus-teaser=..]
 * [--fokus-halaman=4-7]}: uploads an edition as an editor would and renders it before exiting,
 * so the site shows it at once.
 */
final class EditionImport {
  private EditionImport() {}

  /** The upload described by the command's arguments; a bad argument is an IllegalArgumentException. */
  static EditionUpload parse(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("PDF, DATE and TITLE are required");
    }
    byte[] pdf = Files.readAllBytes(Path.of(args[0]));
    LocalDate date;
    try {
      date = LocalDate.parse(args[1]);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("DATE must look like 2021-06-23, not " + args[1]);
    }
    String focusTitle = "";
    String focusTeaser = "";
    Integer first = null;
    Integer last = null;
    for (int i = 3; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String value = eq < 0 ? "" : arg.substring(eq + 1);
      switch (name) {
        case "--fokus-judul" -> focusTitle = value;
        case "--fokus-teaser" -> focusTeaser = value;
        case "--fokus-halaman" -> {
          String[] range = value.split("-", -1);
          try {
            first = Integer.parseInt(range[0].strip());
            last = range.length > 1 ? Integer.parseInt(range[1].strip()) : first;
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fokus-halaman must look like 4-7, not " + value);
          }
        }
        default -> throw new IllegalArgumentException("Unknown option " + arg);
      }
    }
    return new EditionUpload(pdf, date, args[2], focusTitle, focusTeaser, first, last);
  }

  static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    EditionUpload upload;
    try {
      upload = parse(args);
    } catch (IOException e) {
      err.println("Cannot read " + args[0] + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(WartaApplication.USAGE);
      return 2;
    }
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setDefaultProperties(WartaApplication.COMMAND_DEFAULTS);
    try (ConfigurableApplicationContext context = app.run()) {
      EditionService editions = context.getBean(EditionService.class);
      EditionProgress progress = editions.upload(upload);
      out.println("Stored: edition " + progress.editionId() + " of " + upload.editionDate() + ", " + progress.pageCount() + " pages");
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
