package id.warta.platform;

import id.warta.PostgresTest;

@PostgresTest
class PlannerStatisticsIT extends PlannerStatisticsContract {
  @Override
  long plannedArticles() {
    // -1 until the table was first analysed
    return jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = 'article'::regclass")
        .query(Long.class)
        .single();
  }
}
