package id.warta.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's NIO2 connector ({@code Http11Nio2Protocol}) instead of its default NIO one; {@code
 * warta.server.connector=nio} goes back. With NIO, between two requests of a kept-alive connection
 * the socket is handed to Tomcat's one poller thread, which hands it back to a pool thread when the
 * next request arrives: per request a wake-up of the poller, two changes of its epoll set and a
 * thread switch, about a third of a page cache hit's CPU on loopback. With NIO2 the pool threads
 * wait for the sockets themselves (the JDK's asynchronous channel group) and the one that sees a
 * request answers it: 12–15 % less CPU per hit and 8–12 % more hits per second (bench/pair.sh, four
 * and six alternating rounds, better in each). Both connectors read the same {@code server.tomcat}
 * settings.
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
