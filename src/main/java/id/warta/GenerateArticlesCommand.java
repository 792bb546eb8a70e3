package id.warta;

import id.warta.demo.GeneratedArticles;
import id.warta.platform.PlannerStatistics;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "generate-articles",
    mixinStandardHelpOptions = true,
    description = {
      "Generate N published articles in bulk (benchmarks), then run `reindex`.",
      "Run it with the site stopped: a running site purges its lists but indexes the new",
      "articles only at its next start; `reindex` builds the index in one pass."
    })
final class GenerateArticlesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "N", description = "how many, 0 to 9999999")
  String count;

  @Override
  public Integer call() {
    if (!count.matches("[0-9]{1,7}")) {
      throw new ParameterException(spec.commandLine(), "N must be 0 to 9999999, not " + count);
    }
    int n = Integer.parseInt(count);
    try (ConfigurableApplicationContext context = Commands.context()) {
      long started = System.nanoTime();
      context
          .getBean(GeneratedArticles.class)
          .generate(n, done -> System.out.println("generated " + done + "/" + n));
      context.getBean(PlannerStatistics.class).afterBulkLoad();
      System.out.printf(
          "Generated %d articles in %.1f s; now run `reindex` (or the site's next start indexes"
              + " them)%n",
          n, (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("Cannot generate: " + e.getMessage());
      return 1;
    }
  }
}
