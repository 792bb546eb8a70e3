package id.warta.channel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches a feed over HTTP with the limits a partner's server cannot break: a connect and a total
 * deadline, a few redirects (http and https only), and a size limit enforced while the body
 * arrives. Conditional GET with the validators of the last good fetch.
 */
class FeedFetcher implements AutoCloseable {
  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

  private final ChannelProperties properties;
  private final HttpClient client;

  FeedFetcher(ChannelProperties properties) {
    this.properties = properties;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  sealed interface Response permits Fetched, NotModified {}

  /** A new body, with the validators to send next time (either may be null). */
  record Fetched(byte[] body, String contentType, String etag, String lastModified, URI uri)
      implements Response {}

  /** 304: what we have is current. The server may send a fresh ETag. */
  record NotModified(String etag, String lastModified) implements Response {}

  Response fetch(URI uri, String etag, String lastModified) throws FeedFetchException {
    long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
    URI current = requireWeb(uri);
    for (int redirects = 0; ; redirects++) {
      HttpResponse<byte[]> response = exchange(current, etag, lastModified, deadline);
      int status = response.statusCode();
      if (isRedirect(status)) {
        String location = response.headers().firstValue("Location").orElse(null);
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
        return new NotModified(header(response, "ETag"), header(response, "Last-Modified"));
      }
      if (status < 200 || status > 299) {
        throw new FeedFetchException("Server mitra menjawab HTTP " + status + ".");
      }
      byte[] body = response.body();
      boolean gzipped =
          response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
      return new Fetched(
          gzipped ? gunzip(body) : body,
          header(response, "Content-Type"),
          header(response, "ETag"),
          header(response, "Last-Modified"),
          current);
    }
  }

  private HttpResponse<byte[]> exchange(URI uri, String etag, String lastModified, long deadline)
      throws FeedFetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timedOut();
    }
    var request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(Duration.ofNanos(remaining))
            .header("User-Agent", properties.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "gzip");
    if (etag != null && !etag.isBlank()) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      request.header("If-Modified-Since", lastModified);
    }
    long limit = properties.maxSize().toBytes();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request.build(),
            info ->
                info.statusCode() >= 200 && info.statusCode() <= 299
                    ? new LimitedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                    : BodySubscribers.replacing(new byte[0]));
    try {
      return future.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FeedFetchException("Pengambilan umpan dihentikan.", e);
    } catch (ExecutionException e) {
      throw explain(e.getCause());
    }
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
            "Umpan lebih besar dari batas " + size(properties.maxSize().toBytes())
                + "; tidak diambil.");
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FeedFetchException(
            "Server mitra tidak menerima sambungan dalam "
                + duration(properties.connectTimeout()) + ".", failure);
      }
      if (t instanceof HttpTimeoutException) {
        return timedOut();
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return new FeedFetchException("Nama server mitra tidak dikenal (DNS).", failure);
      }
      if (t instanceof SSLException) {
        return new FeedFetchException(
            "Sambungan aman (HTTPS) ke server mitra gagal: " + t.getMessage(), failure);
      }
    }
    if (failure instanceof ConnectException) {
      return new FeedFetchException("Server mitra tidak dapat dihubungi (sambungan ditolak).", failure);
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

  static URI requireWeb(URI uri) throws FeedFetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
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

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).filter(v -> !v.isBlank()).orElse(null);
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
    client.shutdownNow();
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("feed larger than the limit");
    }
  }

  /** Collects the body up to the limit and gives up (cancelling the stream) beyond it. */
  private static final class LimitedBody implements BodySubscriber<byte[]> {
    private final long limit;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long received;

    LimitedBody(long limit, long declaredLength) {
      this.limit = limit;
      this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredLength > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge());
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        received += buffer.remaining();
        if (received > limit) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        out.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
