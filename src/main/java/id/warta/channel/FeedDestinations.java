package id.warta.channel;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the feed fetcher may connect: public internet addresses only. A feed URL is an admin's
 * input, but the fetch runs inside our network, so a loopback, private, link-local, unique-local,
 * multicast or reserved address (the cloud metadata service 169.254.169.254 among them) is refused
 * after resolving the name, for the first URL and for every redirect. The fetcher then connects to
 * exactly the address checked here: the name is resolved once per hop, so a DNS answer that changes
 * between check and connect (rebinding) cannot reach inside.
 *
 * <p>Hosts in {@code warta.channels.allowed-hosts} (an operator's setting, e.g. a partner on the
 * company network) are exempt. Every refusal reads the same, so the admin screen cannot be used to
 * map which internal addresses or ports exist.
 */
final class FeedDestinations {
  static final String REFUSED =
      "Alamat umpan tidak diizinkan: Warta hanya mengambil umpan dari alamat internet publik.";

  /** Resolves a host name to all its addresses (the system resolver outside tests). */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A checked destination: connect to {@code address}, speak to {@code host}. */
  record Destination(String host, InetAddress address) {}

  /** One part of a host written as a number: decimal, octal (leading 0) or hex (0x). */
  private static final Pattern NUMBER_LABEL = Pattern.compile("(?i)0x[0-9a-f]*|[0-9]+");

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

  private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

  private record Block(byte[] prefix, int bits) {
    static Block of(String cidr) {
      int slash = cidr.indexOf('/');
      try {
        return new Block(
            InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
            Integer.parseInt(cidr.substring(slash + 1)));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(cidr, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  /** IPv4 ranges that are not the public internet (RFC 6890 special-purpose registry). */
  private static final List<Block> IPV4 =
      Stream.of(
              "0.0.0.0/8",
              "10.0.0.0/8",
              "100.64.0.0/10",
              "127.0.0.0/8",
              "169.254.0.0/16",
              "172.16.0.0/12",
              "192.0.0.0/24",
              "192.0.2.0/24",
              "192.88.99.0/24",
              "192.168.0.0/16",
              "198.18.0.0/15",
              "198.51.100.0/24",
              "203.0.113.0/24",
              "224.0.0.0/4",
              "240.0.0.0/4")
          .map(Block::of)
          .toList();

  /** IPv6 ranges that are not the public internet; embedded IPv4 is checked separately. */
  private static final List<Block> IPV6 =
      Stream.of(
              "::/128",
              "::1/128",
              "100::/64",
              "2001::/23",
              "2001:db8::/32",
              "fc00::/7",
              "fe80::/10",
              "fec0::/10",
              "ff00::/8")
          .map(Block::of)
          .toList();

  /** IPv6 forms that carry an IPv4 address: mapped, compatible, NAT64, 6to4 (offset, bits). */
  private static final List<Block> IPV4_IN_IPV6 =
      Stream.of("::ffff:0:0/96", "::/96", "64:ff9b::/96", "64:ff9b:1::/48").map(Block::of).toList();

  private static final Block SIX_TO_FOUR = Block.of("2002::/16");

  private final Set<String> allowedHosts;
  private final Resolver resolver;

  FeedDestinations(List<String> allowedHosts, Resolver resolver) {
    this.allowedHosts =
        allowedHosts.stream()
            .map(FeedDestinations::normalize)
            .collect(Collectors.toUnmodifiableSet());
    this.resolver = resolver;
  }

  FeedDestinations(List<String> allowedHosts) {
    this(allowedHosts, InetAddress::getAllByName);
  }

  /**
   * Resolves the URL's host and returns the address to connect to, or refuses it.
   *
   * @throws FeedFetchException with {@link #REFUSED} for any address that is not public, or the
   *     resolver's failure for a name that does not resolve
   */
  Destination check(URI uri) throws FeedFetchException {
    String host = normalize(uri.getHost());
    boolean allowed = allowedHosts.contains(host);
    if (!allowed && isUnusualNumber(host)) {
      throw new FeedFetchException(REFUSED);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FeedFetchException("Nama server mitra tidak dikenal (DNS).", e);
    } catch (IllegalArgumentException e) {
      // the JDK refuses some ambiguous literals (octal-looking parts) outright
      throw new FeedFetchException(REFUSED);
    }
    if (addresses.length == 0) {
      throw new FeedFetchException("Nama server mitra tidak dikenal (DNS).");
    }
    // Every answer must be public: a name with one internal address among public ones is refused.
    if (!allowed && Arrays.stream(addresses).anyMatch(a -> !isPublic(a))) {
      throw new FeedFetchException(REFUSED);
    }
    return new Destination(uri.getHost(), addresses[0]);
  }

  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return IPV4.stream().noneMatch(b -> b.contains(bytes));
    }
    if (address instanceof Inet6Address) {
      for (Block carrier : IPV4_IN_IPV6) {
        if (carrier.contains(bytes)) {
          return isPublic(ipv4(bytes, 12));
        }
      }
      if (SIX_TO_FOUR.contains(bytes)) {
        return isPublic(ipv4(bytes, 2));
      }
      return IPV6.stream().noneMatch(b -> b.contains(bytes));
    }
    return false;
  }

  private static InetAddress ipv4(byte[] bytes, int offset) {
    try {
      return InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}: not a plain a.b.c.d. */
  private static boolean isUnusualNumber(String host) {
    return Arrays.stream(host.split("\\.", -1)).allMatch(l -> NUMBER_LABEL.matcher(l).matches())
        && !DOTTED_QUAD.matcher(host).matches();
  }

  private static String normalize(String host) {
    String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
