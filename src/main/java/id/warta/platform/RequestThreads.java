package id.warta.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests run on Tomcat's own pool of platform threads ({@code server.tomcat.threads.max}), while
 * the rest of the application (scheduled jobs, background work) keeps virtual threads ({@code
 * spring.threads.virtual.enabled}). Virtual threads are not preempted: with more requests than
 * cores, each runs until it blocks, and at 16 connections on 2 cores some waited seconds behind the
 * others (p99 of an uncached page 0.3–5 s at p50 8–11 ms, a million articles); the operating system
 * shares the cores among platform threads, and the same pages kept p99 at 26–46 ms for the same CPU
 * per request (docs/benchmarks.md).
 */
@Component
@ConditionalOnWebApplication
class RequestThreads
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    // After Spring Boot's customizer that hands requests to virtual threads: no executor set
    // means Tomcat makes its own pool when it starts. (NIO2 needs an ExecutorService for its
    // channel group; Spring's virtual thread executor is none, and without this NIO2 would run on
    // the JDK's default group.)
    factory.addProtocolHandlerCustomizers(handler -> handler.setExecutor(null));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
