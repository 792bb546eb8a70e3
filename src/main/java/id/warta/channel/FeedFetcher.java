package id.warta.channel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches a feed over HTTP with the limits a partner's server cannot break: a connect and a total
 * deadline, a few redirects (http and https only, followed here, not by the client), and a size
 * limit enforced while the body arrives. Conditional GET with the validators of the last good
 * fetch. Every hop's host is resolved and checked by {@link FeedDestinations}, and the connection
 * goes to the address that was checked.
 */
public class FeedFetcher implements AutoCloseable {
  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

  private final ChannelProperties properties;
  private final FeedDestinations destinations;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofVirtual().name("feed-deadline").factory());

  public FeedFetcher(ChannelProperties properties) {
    this(properties, new FeedDestinations(properties.allowedHosts()));
  }

  FeedFetcher(ChannelProperties properties, FeedDestinations destinations) {
    this.properties = properties;
    this.destinations = destinations;
    var connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            // Targets carry the checked address; a name that reaches the pool unresolved is a bug.
            .setDnsResolver(
                new SystemDefaultDnsResolver() {
                  @Override
                  public InetAddress[] resolve(String host) throws UnknownHostException {
                    throw new UnknownHostException("unchecked host " + host);
                  }
                })
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                    .setSocketTimeout(Timeout.of(properties.totalTimeout()))
                    .build())
            .setMaxConnTotal(properties.parallelFetches() * 2)
            .setMaxConnPerRoute(2)
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(connections)
            // A feed is fetched every few minutes: a kept-alive connection would only go stale.
            .setConnectionReuseStrategy((request, response, context) -> false)
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(properties.userAgent())
            .build();
  }

  public sealed interface Response permits Fetched, NotModified {}

  /** A new body, with the validators to send next time (either may be null). */
  public record Fetched(byte[] body, String contentType, String etag, String lastModified, URI uri)
      implements Response {}

  /** 304: what we have is current. The server may send a fresh ETag. */
  public record NotModified(String etag, String lastModified) implements Response {}

  /** What one exchange brought: the status, the headers we use and the body of a 2xx. */
  private record Answer(
      int status,
      String location,
      String contentType,
      String contentEncoding,
      String etag,
      String lastModified,
      byte[] body) {}

  public Response fetch(URI uri, String etag, String lastModified) throws FeedFetchException {
    long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
    URI current = requireWeb(uri);
    for (int redirects = 0; ; redirects++) {
      Answer response = exchange(current, etag, lastModified, deadline);
      int status = response.status();
      if (isRedirect(status)) {
        String location = response.location();
        if (location == null) {
          throw new FeedFetchException(
              "Server mitra menjawab HTTP " + status + " tanpa alamat tujuan pengalihan.");
        }
        if (redirects >= properties.maxRedirects()) {
          throw new FeedFetchException(
              "Terlalu banyak pengalihan (lebih dari " + properties.maxRedirects() + ").");
        }
        current = requireWeb(resolve(current, location));
        continue;
      }
      if (status == 304) {
        return new NotModified(response.etag(), response.lastModified());
      }
      if (status < 200 || status > 299) {
        throw new FeedFetchException("Server mitra menjawab HTTP " + status + ".");
      }
      boolean gzipped = "gzip".equalsIgnoreCase(response.contentEncoding());
      return new Fetched(
          gzipped ? gunzip(response.body()) : response.body(),
          response.contentType(),
          response.etag(),
          response.lastModified(),
          current);
    }
  }

  private Answer exchange(URI uri, String etag, String lastModified, long deadline)
      throws FeedFetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timedOut();
    }
    FeedDestinations.Destination destination = destinations.check(uri);
    var target =
        new HttpHost(
            uri.getScheme().toLowerCase(Locale.ROOT),
            destination.address(),
            destination.host(),
            uri.getPort());
    var request = new HttpGet(uri);
    request.setConfig(
        RequestConfig.custom()
            .setRedirectsEnabled(false)
            .setResponseTimeout(Timeout.ofMilliseconds(Math.max(1, remaining / 1_000_000)))
            .build());
    request.setHeader("Accept", ACCEPT);
    request.setHeader("Accept-Encoding", "gzip");
    if (etag != null && !etag.isBlank()) {
      request.setHeader("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      request.setHeader("If-Modified-Since", lastModified);
    }
    var expired = new AtomicBoolean();
    var timer =
        deadlines.schedule(
            () -> {
              expired.set(true);
              request.cancel();
            },
            remaining,
            TimeUnit.NANOSECONDS);
    try (ClassicHttpResponse response = client.executeOpen(target, request, null)) {
      int status = response.getCode();
      byte[] body =
          status >= 200 && status <= 299 ? read(response.getEntity(), request) : new byte[0];
      return new Answer(
          status,
          header(response, "Location"),
          header(response, "Content-Type"),
          header(response, "Content-Encoding"),
          header(response, "ETag"),
          header(response, "Last-Modified"),
          body);
    } catch (IOException e) {
      if (expired.get()) {
        throw timedOut();
      }
      throw explain(e);
    } finally {
      timer.cancel(false);
    }
  }

  /**
   * Reads the body up to the limit and gives up beyond it, aborting the connection (closing the
   * stream normally would read the rest of a huge body).
   */
  private byte[] read(HttpEntity entity, HttpGet request) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    long limit = properties.maxSize().toBytes();
    if (entity.getContentLength() > limit) {
      request.cancel();
      throw new TooLarge();
    }
    InputStream in = entity.getContent();
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (body.length > limit) {
      request.cancel();
      throw new TooLarge();
    }
    in.close();
    return body;
  }

  /** Unpacks a gzipped body, holding the unpacked size to the same limit (no zip bombs). */
  private byte[] gunzip(byte[] body) throws FeedFetchException {
    long limit = properties.maxSize().toBytes();
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] unpacked = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (unpacked.length > limit) {
        throw explain(new TooLarge());
      }
      return unpacked;
    } catch (IOException e) {
      throw new FeedFetchException("Umpan terkompresi (gzip) rusak.", e);
    }
  }

  private FeedFetchException explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return new FeedFetchException(
            "Umpan lebih besar dari batas "
                + size(properties.maxSize().toBytes())
                + "; tidak diambil.");
      }
      if (t instanceof ConnectTimeoutException) {
        return new FeedFetchException(
            "Server mitra tidak menerima sambungan dalam "
                + duration(properties.connectTimeout())
                + ".",
            failure);
      }
      if (t instanceof SocketTimeoutException) {
        return timedOut();
      }
      if (t instanceof UnknownHostException) {
        return new FeedFetchException("Nama server mitra tidak dikenal (DNS).", failure);
      }
      if (t instanceof SSLException) {
        return new FeedFetchException(
            "Sambungan aman (HTTPS) ke server mitra gagal: " + t.getMessage(), failure);
      }
      if (t instanceof ConnectException) {
        return new FeedFetchException(
            "Server mitra tidak dapat dihubungi (sambungan ditolak).", failure);
      }
    }
    String detail = failure == null ? "" : failure.getMessage();
    return new FeedFetchException(
        "Gagal mengambil umpan" + (detail == null || detail.isBlank() ? "." : ": " + detail),
        failure);
  }

  private FeedFetchException timedOut() {
    return new FeedFetchException(
        "Server mitra tidak menjawab dalam " + duration(properties.totalTimeout()) + ".");
  }

  public static URI requireWeb(URI uri) throws FeedFetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((scheme.equals("http") || scheme.equals("https"))
        && uri.getHost() == null
        && uri.getRawAuthority() != null) {
      // not a host name Java can read: shorthand numbers (http://127.1/) and the like
      throw new FeedFetchException(FeedDestinations.REFUSED);
    }
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new FeedFetchException(
          "Alamat umpan harus berupa alamat web http atau https: " + uri + ".");
    }
    return uri;
  }

  private static URI resolve(URI base, String location) throws FeedFetchException {
    try {
      return base.resolve(location.trim().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      throw new FeedFetchException("Alamat pengalihan tidak sah: " + location + ".");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header header = response.getFirstHeader(name);
    return header == null || header.getValue().isBlank() ? null : header.getValue();
  }

  static String duration(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " detik" : millis + " milidetik";
  }

  static String size(long bytes) {
    long mb = 1024 * 1024;
    return bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
    try {
      client.close();
    } catch (IOException e) {
      // closing idle connections; nothing left to do
    }
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("feed larger than the limit");
    }
  }
}
