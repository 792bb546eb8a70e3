package id.warta;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs PostgreSQL tests only where PostgreSQL answers; under CI its absence is a failure. */
public class PostgresAvailable implements ExecutionCondition {
  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (reachable()) {
      return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but PostgreSQL at "
              + HOST
              + ":"
              + PORT
              + " is unreachable; start it with: "
              + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
    }
    return ConditionEvaluationResult.disabled(
        "SKIPPED: PostgreSQL at "
            + HOST
            + ":"
            + PORT
            + " is unreachable (set CI=true to require it)");
  }

  static boolean reachable() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
