package id.warta.platform;

import id.warta.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * On PostgreSQL the late id is real: the first transaction takes its id, the second takes the next
 * one and commits first.
 */
@PostgresTest
class ChangeFeedIT extends ChangeFeedContract {
  @Override
  void commitOutOfOrder(String lowKey, String highKey, Runnable between) throws SQLException {
    try (Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      long low = insert(first, lowKey);
      long high = insert(second, highKey);
      if (high <= low) {
        throw new IllegalStateException("ids not handed out in order: " + low + ", " + high);
      }
      second.commit();
      between.run();
      first.commit();
    }
  }

  private static long insert(Connection connection, String key) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "INSERT INTO content_change (surrogate_keys, created_at) VALUES (?, ?) RETURNING id")) {
      statement.setString(1, key);
      statement.setLong(2, System.currentTimeMillis());
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
