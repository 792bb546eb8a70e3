package id.warta.platform;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Background jobs that run once across the nodes sharing a database: a node runs a job only while
 * it holds the job's claim, taken by a conditional UPDATE (row {@code job_claim}), so of two nodes
 * racing exactly one gets it. A claim expires: a node that dies mid-job holds it no longer than
 * {@code warta.node.claim-for}, then another node takes the job over. Long jobs renew their claim
 * as they go ({@link #claim} again).
 *
 * <p>Each statement commits on its own (call outside a transaction): a claim must be visible to the
 * other nodes before the job starts, and a release must not wait for anything.
 */
@Component
public class JobClaims {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final String node;
  private final Duration claimFor;

  public JobClaims(JdbcClient jdbc, Clock clock, NodeProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.node = properties.name();
    this.claimFor = properties.claimFor();
  }

  /** This node's name. */
  public String node() {
    return node;
  }

  /**
   * Claims a job for this node (or renews this node's claim); false while another node holds an
   * unexpired claim on it.
   */
  public boolean claim(String job) {
    long now = clock.millis();
    jdbc.sql("INSERT INTO job_claim (job) VALUES (:job) ON CONFLICT (job) DO NOTHING")
        .param("job", job)
        .update();
    return jdbc.sql(
                """
                UPDATE job_claim SET claimed_by = :node, claimed_until = :until
                WHERE job = :job
                  AND (claimed_by IS NULL OR claimed_by = :node OR claimed_until <= :now)
                """)
            .param("node", node)
            .param("until", now + claimFor.toMillis())
            .param("job", job)
            .param("now", now)
            .update()
        == 1;
  }

  /** Whether another node holds an unexpired claim on the job. */
  public boolean heldElsewhere(String job) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM job_claim WHERE job = :job AND claimed_by <> :node AND"
                    + " claimed_until > :now")
            .param("job", job)
            .param("node", node)
            .param("now", clock.millis())
            .query(Long.class)
            .single()
        > 0;
  }

  /** Gives up this node's claim on the job, so any node may run it again. */
  public void release(String job) {
    jdbc.sql(
            "UPDATE job_claim SET claimed_by = NULL, claimed_until = NULL WHERE job = :job AND"
                + " claimed_by = :node")
        .param("job", job)
        .param("node", node)
        .update();
  }
}
