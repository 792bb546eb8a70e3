package id.warta.platform;

import id.warta.WartaTest;

@WartaTest
class PlannerStatisticsTest extends PlannerStatisticsContract {
  @Override
  long plannedArticles() {
    // sqlite_stat1 begins each index's line with the rows it counted
    String stat =
        jdbc.sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'article' ORDER BY idx LIMIT 1")
            .query(String.class)
            .optional()
            .orElse("0");
    return Long.parseLong(stat.split(" ")[0]);
  }
}
