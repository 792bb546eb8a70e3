package id.warta.article;

import id.warta.WartaTest;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class ListQueryPlanTest extends ListQueryPlanContract {
  @Override
  List<String> plan(ArticleConditions.Statement statement) {
    return jdbc.sql("EXPLAIN QUERY PLAN " + statement.sql())
        .params(statement.params())
        .query((rs, n) -> rs.getString("detail"))
        .list();
  }

  @Override
  List<String> wholeTableOrSort(List<String> plan) {
    // The count's own ≤ 201 rows are read whole ("SCAN counted"); nothing else may be.
    return plan.stream()
        .filter(
            line ->
                (line.startsWith("SCAN ") && !line.equals("SCAN counted"))
                    || line.contains("TEMP B-TREE"))
        .toList();
  }
}
