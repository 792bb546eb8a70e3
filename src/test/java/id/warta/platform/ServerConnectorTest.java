package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.apache.coyote.http11.Http11NioProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class ServerConnectorTest {
  /** The connector Tomcat listens with once started with this setting. */
  static Connector connectorOf(String setting) {
    var factory = new TomcatServletWebServerFactory(0);
    new ServerConnector(setting).customize(factory);
    var server = factory.getWebServer();
    server.start();
    try {
      return ((TomcatWebServer) server).getTomcat().getService().findConnectors()[0];
    } finally {
      server.stop();
    }
  }

  @Test
  void nio2ByDefaultAndNioWhenTheOperatorAsks() {
    assertThat(connectorOf("nio2").getProtocolHandler()).isInstanceOf(Http11Nio2Protocol.class);
    assertThat(connectorOf("nio").getProtocolHandler()).isInstanceOf(Http11NioProtocol.class);
  }

  @Test
  void anUnknownConnectorStopsTheStartWithItsName() {
    assertThatThrownBy(() -> new ServerConnector("apr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warta.server.connector")
        .hasMessageContaining("apr");
  }
}
