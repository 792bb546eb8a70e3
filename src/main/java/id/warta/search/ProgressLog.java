package id.warta.search;

import java.util.function.Consumer;
import org.slf4j.Logger;

/** Reports a rebuild's progress every tenth of the way, to a log or the console. */
public final class ProgressLog implements Consumer<SearchIndex.Progress> {
  private final Consumer<String> out;
  private int lastTenth = -1;

  ProgressLog(Logger log) {
    this.out = log::info;
  }

  public ProgressLog(Consumer<String> out) {
    this.out = out;
  }

  @Override
  public void accept(SearchIndex.Progress p) {
    int tenth = p.total() == 0 ? 10 : (int) (p.done() * 10 / p.total());
    if (tenth != lastTenth) {
      lastTenth = tenth;
      out.accept("Indexed " + p.done() + " of " + p.total() + " articles (" + tenth * 10 + "%)");
    }
  }
}
