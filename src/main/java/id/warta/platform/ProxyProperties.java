package id.warta.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies in front of Warta (Varnish, a load balancer, a TLS terminator).
 *
 * @param trusted addresses or CIDR ranges ({@code 10.0.0.5}, {@code 10.0.0.0/24}, {@code ::1}) of
 *     the proxies whose {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code
 *     X-Forwarded-Host} and {@code Forwarded} headers are believed; none by default, so a client
 *     can never choose its own address (login throttling) or claim HTTPS
 */
@ConfigurationProperties("warta.proxy")
public record ProxyProperties(@DefaultValue List<String> trusted) {

  public ProxyProperties {
    trusted =
        trusted.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(ProxyProperties::cidr)
            .toList();
  }

  /** Each entry as a CIDR range: a bare address is a range of one. */
  private static String cidr(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    try {
      // a literal only: a host name here would make every request wait on DNS
      if (!address.matches("[0-9a-fA-F:.]+")) {
        throw new UnknownHostException(address);
      }
      InetAddress parsed = InetAddress.getByName(address);
      int max = parsed.getAddress().length * 8;
      int bits = slash < 0 ? max : Integer.parseInt(entry.substring(slash + 1));
      if (bits < 0 || bits > max) {
        throw new IllegalArgumentException("warta.proxy.trusted: bad prefix length in " + entry);
      }
      return parsed.getHostAddress() + "/" + bits;
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "warta.proxy.trusted: " + entry + " is not an IP address or CIDR range", e);
    }
  }
}
