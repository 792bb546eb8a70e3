package id.warta;

import id.warta.demo.PageImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "import-page",
    mixinStandardHelpOptions = true,
    description = "Import an article page in the seed's text format (see docs/seed-page.md).")
final class ImportPageCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the page, UTF-8 text")
  Path file;

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("Cannot read " + file + ": " + e.getMessage());
      return 1;
    }
    try (ConfigurableApplicationContext context = Commands.context()) {
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
}
