package id.warta.wire;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An agency's server on 127.0.0.1: serves what a test sets, with an ETag, answers 304 to a request
 * that sends it back, or fails with a status; remembers each request's If-None-Match.
 */
final class WireServer implements AutoCloseable {
  private record Answer(int status, String contentType, byte[] body, String etag) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, List<String>> conditions = new ConcurrentHashMap<>();

  WireServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
          conditions
              .computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
              .add(String.valueOf(ifNoneMatch));
          Answer answer = answers.get(path);
          if (answer == null) {
            exchange.sendResponseHeaders(404, -1);
          } else if (answer.etag() != null && answer.etag().equals(ifNoneMatch)) {
            exchange.getResponseHeaders().add("ETag", answer.etag());
            exchange.sendResponseHeaders(304, -1);
          } else {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            if (answer.etag() != null) {
              exchange.getResponseHeaders().add("ETag", answer.etag());
            }
            exchange.sendResponseHeaders(
                answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
              exchange.getResponseBody().write(answer.body());
            }
          }
          exchange.close();
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  WireServer serve(String path, String contentType, byte[] body, String etag) {
    answers.put(path, new Answer(200, contentType, body, etag));
    return this;
  }

  WireServer fail(String path, int status) {
    answers.put(path, new Answer(status, "text/plain", "rusak".getBytes(), null));
    return this;
  }

  /** The If-None-Match of each request to the path ("null" when none was sent). */
  List<String> conditions(String path) {
    return conditions.getOrDefault(path, List.of());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
