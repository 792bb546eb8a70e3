package id.warta.article;

import id.warta.PostgresTest;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * On PostgreSQL a test's few rows would make a scan and a sort the cheapest plan; with both priced
 * out for this transaction, the planner still has to fall back on one when no index answers a list
 * in its order, and the plan says so.
 */
@PostgresTest
@Transactional
class ListQueryPlanIT extends ListQueryPlanContract {
  @Override
  List<String> plan(ArticleConditions.Statement statement) {
    jdbc.sql("SET LOCAL enable_seqscan = off").update();
    jdbc.sql("SET LOCAL enable_sort = off").update();
    jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
    return jdbc.sql("EXPLAIN " + statement.sql())
        .params(statement.params())
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  @Override
  List<String> wholeTableOrSort(List<String> plan) {
    return plan.stream()
        .filter(
            line -> line.contains("Seq Scan") || line.contains("Sort") || line.contains("Disabled"))
        .toList();
  }
}
