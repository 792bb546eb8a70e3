package id.warta.article;

import id.warta.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * On PostgreSQL a test's few rows would make a scan and a sort the cheapest plan; with both priced
 * out on the connection that plans, the planner still has to fall back on one when no index answers
 * a list in its order, and the plan says so.
 */
@PostgresTest
@Transactional
class ListQueryPlanIT extends ListQueryPlanContract {
  @Autowired DataSource dataSource;

  @Override
  List<String> plan(ArticleConditions.Statement statement) {
    try (Connection connection = dataSource.getConnection()) {
      var one = JdbcClient.create(new SingleConnectionDataSource(connection, true));
      one.sql("SET enable_seqscan = off").update();
      one.sql("SET enable_sort = off").update();
      one.sql("SET enable_incremental_sort = off").update();
      one.sql("SET enable_bitmapscan = off").update();
      try {
        return one.sql("EXPLAIN " + statement.sql())
            .params(statement.params())
            .query((rs, n) -> rs.getString(1))
            .list();
      } finally {
        one.sql("RESET ALL").update();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  List<String> wholeTableOrSort(List<String> plan) {
    return plan.stream()
        .filter(
            line -> line.contains("Seq Scan") || line.contains("Sort") || line.contains("Disabled"))
        .toList();
  }
}
