package id.warta;

import id.warta.search.ProgressLog;
import id.warta.search.SearchIndex;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index from the database, showing progress; the site must"
            + " be stopped (it holds the index).")
final class ReindexCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        Commands.context(Map.of("warta.demo.enabled", "false"))) {
      var index = context.getBean(SearchIndex.class);
      var outcome = index.rebuild(new ProgressLog(System.out::println));
      System.out.println(
          "Search index rebuilt: "
              + outcome.indexed()
              + " articles indexed, "
              + outcome.removed()
              + " removed, in "
              + outcome.took().toMillis()
              + " ms");
      return 0;
    } catch (BeanCreationException e) {
      System.err.println(
          "reindex needs the site stopped: the running site holds the search index (and keeps it"
              + " current itself). Stop the site, or leave it: it catches up on every start. ("
              + e.getMostSpecificCause().getMessage()
              + ")");
      return 1;
    }
  }
}
