package id.warta.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Each connection's socket write buffer ({@code warta.server.socket-write-buffer}, 32 KB; Tomcat's
 * default is 8 KB). Tomcat sends a response in pieces of at most this size, a system call each, and
 * on loopback or a fast network each call also costs the kernel a transmit and a wake-up of the
 * reader: a page cache hit of a 20 KB article with its headers took two calls at 16 KB and takes
 * one at 32 KB, 22 % less CPU per hit and a quarter more hits per second (bench/pair.sh, four
 * alternating rounds, lower in each); a gzipped page (what browsers and Varnish ask for) leaves in
 * one either way. The buffer is heap held by every open connection, so the connections a node keeps
 * open are fewer than Tomcat's 8,192 ({@code server.tomcat.max-connections}, 4,096 in
 * application.properties; still more than Debian's nginx, 768 per worker): 8 KB read and 32 KB
 * write buffers are 160 MB at most, where 8 and 16 KB at 8,192 connections were 192 MB. (TLS in
 * Tomcat would add two network buffers of about 17 KB per connection; Warta expects TLS to end in
 * the proxy in front. With a heap over 2 GB Tomcat also keeps the buffers of up to 1/32 of the heap
 * for connections to come.)
 */
@Component
@ConditionalOnWebApplication
class SocketBuffers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
  private final DataSize writeBuffer;

  SocketBuffers(@Value("${warta.server.socket-write-buffer:32KB}") DataSize writeBuffer) {
    this.writeBuffer = writeBuffer;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addConnectorCustomizers(
        connector ->
            connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBuffer.toBytes())));
  }
}
