package id.warta.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's NIO2 connector ({@code Http11Nio2Protocol}) instead of its default NIO one; {@code
 * warta.server.connector=nio} goes back. With NIO, between two requests of a kept-alive connection
 * the pool thread hands the socket to Tomcat's poller thread through a queue and a wake-up, and the
 * poller changes its epoll set twice per request (the socket out while a request is read, back in
 * after): the poller and its wake-ups were a quarter of a page cache hit's CPU samples. With NIO2
 * the pool thread asks the JDK's asynchronous channel for the next read, which re-arms the socket's
 * one-shot epoll entry itself: one call and no wake-up of a poller (and a keep-alive timer set and
 * cancelled per read). Both try a read first, and both hand a request from the thread that polls
 * (with NIO2 the JDK's internal thread, which also reads it) to a pool thread. Measured: 12–15 %
 * less CPU per hit and 4–12 % more hits per second (bench/pair.sh, alternating rounds, better in
 * each). Both connectors read the same {@code server.tomcat} settings.
 */
@Component
@ConditionalOnWebApplication
class ServerConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  static final String NIO2 = "org.apache.coyote.http11.Http11Nio2Protocol";
  static final String NIO = "org.apache.coyote.http11.Http11NioProtocol";

  private final String protocol;

  ServerConnector(@Value("${warta.server.connector:nio2}") String connector) {
    this.protocol =
        switch (connector) {
          case "nio2" -> NIO2;
          case "nio" -> NIO;
          default ->
              throw new IllegalArgumentException(
                  "warta.server.connector must be nio2 or nio, not " + connector);
        };
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.setProtocol(protocol);
  }
}
