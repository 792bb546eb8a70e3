package id.warta.platform;

import id.warta.WartaTest;

/** On SQLite writers take turns, so ids commit in order; the late id is written explicitly. */
@WartaTest
class ChangeFeedTest extends ChangeFeedContract {
  @Override
  void commitOutOfOrder(String lowKey, String highKey, Runnable between) {
    long max =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM content_change").query(Long.class).single();
    insert(max + 2, highKey);
    between.run();
    insert(max + 1, lowKey);
  }

  private void insert(long id, String key) {
    jdbc.sql("INSERT INTO content_change (id, surrogate_keys, created_at) VALUES (:id, :keys, :at)")
        .param("id", id)
        .param("keys", key)
        .param("at", System.currentTimeMillis())
        .update();
  }
}
