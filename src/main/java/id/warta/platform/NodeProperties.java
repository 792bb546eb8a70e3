package id.warta.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This node among the nodes sharing one database.
 *
 * @param name names this node in job claims ({@link JobClaims}); defaults to the host name and a
 *     random suffix, so two nodes on one host (or a restarted node) never share a name
 * @param claimFor how long a claim on a background job holds before another node may take the job
 *     over; jobs renew their claim while they work
 */
@ConfigurationProperties("warta.node")
public record NodeProperties(String name, @DefaultValue("5m") Duration claimFor) {

  public NodeProperties {
    if (name == null || name.isBlank()) {
      name = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
