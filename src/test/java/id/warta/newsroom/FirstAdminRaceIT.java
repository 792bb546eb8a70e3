package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.EmptyDatabase;
import id.warta.PostgresLocks;
import id.warta.PostgresTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes start at once on an empty PostgreSQL database: both find no account, both create the
 * first admin. The first node's insert is held uncommitted until the second one is seen waiting for
 * it; the second node then starts without an error (a cluster's first start used to lose that node
 * to a duplicate key) and there is one admin, whose password the first node printed.
 */
@PostgresTest
class FirstAdminRaceIT {
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired FirstAdmin firstAdmin;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void twoNodesStartingOnAnEmptyDatabaseMakeOneAdminAndBothStart() throws Exception {
    EmptyDatabase.empty(context);
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger firstBackend = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first =
          pool.submit(
              () ->
                  transactions.execute(
                      status -> {
                        boolean made = accounts.createFirstAdmin(Accounts.generatePassword());
                        firstBackend.set(
                            jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                        firstInserted.countDown();
                        try {
                          release.await(1, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return made;
                      }));
      assertThat(firstInserted.await(1, TimeUnit.MINUTES)).isTrue();
      Future<?> second = pool.submit(() -> firstAdmin.run(null));
      PostgresLocks.awaitWaitingOn(
          jdbc, firstBackend.get(), second, "the second node's insert waits for the first");
      assertThat(second.isDone()).as("the second node found no account either").isFalse();
      release.countDown();
      assertThat(first.get(1, TimeUnit.MINUTES)).isTrue();
      second.get(1, TimeUnit.MINUTES); // starts: no exception
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(jdbc.sql("SELECT username FROM newsroom_user").query(String.class).list())
        .containsExactly("admin");
  }
}
