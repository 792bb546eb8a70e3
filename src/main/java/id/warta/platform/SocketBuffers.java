package id.warta.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Each connection's socket write buffer ({@code warta.server.socket-write-buffer}, 16 KB; Tomcat's
 * default is 8 KB). Tomcat sends a response in pieces of at most this size, a system call each: a
 * page cache hit of a gzipped page with its headers (7–8 KB, a long Content-Security-Policy among
 * them) took two calls and a 35 KB page five; at 16 KB one and three, 10–25 % less CPU per cached
 * hit (bench/pair.sh, six alternating rounds, lower in each). The buffer is heap held by every open
 * connection: at Tomcat's limit of 8,192 connections ({@code server.tomcat.max-connections}), 8 KB
 * read and 16 KB write buffers are 192 MB at most, where 8 KB each were 128 MB; a larger write
 * buffer (32 KB: 24 % less CPU per hit) would make that 320 MB, too much of a 512 MB heap.
 */
@Component
@ConditionalOnWebApplication
class SocketBuffers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
  private final DataSize writeBuffer;

  SocketBuffers(@Value("${warta.server.socket-write-buffer:16KB}") DataSize writeBuffer) {
    this.writeBuffer = writeBuffer;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addConnectorCustomizers(
        connector ->
            connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBuffer.toBytes())));
  }
}
