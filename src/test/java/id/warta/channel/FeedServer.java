package id.warta.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A partner's web server on 127.0.0.1 (an ephemeral port) that serves what a test tells it to, the
 * broken ways real servers do included, and remembers the requests it got.
 */
final class FeedServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Map<String, List<Map<String, String>>> requests = new ConcurrentHashMap<>();

  FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves the bytes with the given Content-Type (no charset unless the type says so). */
  FeedServer feed(String path, String contentType, byte[] body) {
    return handle(path, exchange -> send(exchange, 200, contentType, body));
  }

  FeedServer feed(String path, String xml) {
    return feed(path, "application/rss+xml; charset=UTF-8", xml.getBytes(Charset.forName("UTF-8")));
  }

  FeedServer status(String path, int status) {
    return handle(
        path, exchange -> send(exchange, status, "text/html", "<h1>Error</h1>".getBytes()));
  }

  FeedServer redirect(String path, int status, String location) {
    return handle(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Location", location);
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
  }

  /** Accepts the request and never answers, until the server is closed. */
  FeedServer hang(String path) {
    return handle(
        path,
        exchange -> {
          try {
            closing.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
  }

  /** Streams {@code bytes} of XML without a Content-Length, as a chunked response. */
  FeedServer endless(String path, long bytes) {
    return handle(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = "<item><title>x</title></item>\n".repeat(300).getBytes();
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("<rss version=\"2.0\"><channel><title>Besar</title>".getBytes());
            for (long sent = 0; sent < bytes; sent += chunk.length) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client gave up reading: what the limit is for
          }
        });
  }

  FeedServer handle(String path, HttpHandler handler) {
    try {
      server.removeContext(path);
    } catch (IllegalArgumentException e) {
      // no handler yet
    }
    server.createContext(
        path,
        exchange -> {
          Map<String, String> headers = new ConcurrentHashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
          requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(headers);
          handler.handle(exchange);
        });
    return this;
  }

  /** The headers of each request made to the path, in order (names in lower case). */
  List<Map<String, String>> requests(String path) {
    return requests.getOrDefault(path, List.of());
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    if (closing.getCount() == 0) {
      return;
    }
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
