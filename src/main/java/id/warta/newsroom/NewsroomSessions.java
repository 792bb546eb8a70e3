package id.warta.newsroom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The newsroom's signed-in sessions, stored in the database by Spring Session (table
 * newsroom_session): after a password change every other session of the account ends, on every
 * node.
 */
@Component
class NewsroomSessions {
  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
  private final JdbcClient jdbc;

  NewsroomSessions(
      ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
      JdbcClient jdbc) {
    this.sessions = sessions;
    this.jdbc = jdbc;
  }

  /**
   * Ends every session signed in as this account except {@code keepSessionId} (may be null).
   *
   * @return how many sessions were ended
   */
  int endAllExcept(String username, String keepSessionId) {
    var repository = sessions.getIfAvailable();
    if (repository == null) {
      // A command (create-admin) runs without the web server and without Spring Session; the
      // sessions it must end are the rows the site's Spring Session keeps.
      return jdbc.sql("DELETE FROM newsroom_session WHERE principal_name = :u")
          .param("u", username)
          .update();
    }
    int ended = 0;
    for (String id : repository.findByPrincipalName(username).keySet()) {
      if (!id.equals(keepSessionId)) {
        repository.deleteById(id);
        ended++;
      }
    }
    return ended;
  }

  /**
   * Ends all the account's sessions once the current transaction commits (Spring Session writes in
   * a transaction of its own, which must not wait on ours).
   */
  void endAllAfterCommit(String username) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      endAllExcept(username, null);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            endAllExcept(username, null);
          }
        });
  }
}
