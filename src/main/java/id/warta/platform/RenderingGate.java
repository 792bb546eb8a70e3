package id.warta.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Renders readers' uncached pages a few at a time ({@code warta.server.rendering-permits}, twice
 * the cores by default), the others waiting their turn in arrival order, where before every request
 * thread rendered at once. With 16 readers' requests on 2 cores the operating system switched among
 * 16 threads, each preempted in mid-page, their data pushed out of the caches, and waiting for one
 * of the database connections: an uncached article took 60 % more CPU than with 4 at a time
 * (docs/page-cache.md). The page cache's hits are answered before this (the valve, then its filter)
 * and never wait.
 *
 * <p>Only anonymous readers' GET and HEAD requests of the cacheable paths wait ({@link
 * PageCacheHits#eligible}'s rules, without the cache's switch), and health checks never do. A
 * permit covers the work of a page, not a slow reader: the response is buffered ({@value #BUFFER}
 * bytes), Tomcat sends it after the permit is given back, and a larger response (a sitemap, a PDF),
 * or one that reaches the length it declared (Tomcat sends it at once then), gives it back before
 * the write that could wait on the network. A request that has waited {@code
 * warta.server.rendering-wait} (10 s) is answered 503 with Retry-After and a short page of its own
 * (not the error page, which would log each one as a fault), so a queue never grows without end.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RenderingGate {
  /** Bytes of a response kept until the page is rendered (a 1M-article page is 35 KB). */
  static final int BUFFER = 64 * 1024;

  @Bean
  FilterRegistrationBean<Gate> renderingGateFilter(
      @Value("${warta.server.rendering-permits:0}") int permits,
      @Value("${warta.server.rendering-wait:10s}") Duration wait,
      MeterRegistry registry) {
    int count = permits > 0 ? permits : 2 * Runtime.getRuntime().availableProcessors();
    var registration = new FilterRegistrationBean<>(new Gate(count, wait, registry));
    // After the page cache filter (its hits never wait) and the request timer (the wait is part of
    // a request's time), before security and the rest.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  static final class Gate extends OncePerRequestFilter {
    private final Semaphore permits;
    private final long waitNanos;
    private final Timer waited;

    Gate(int permits, Duration wait, MeterRegistry registry) {
      if (permits < 1) {
        throw new IllegalArgumentException("warta.server.rendering-permits must be at least 1");
      }
      // Fair: the longest waiting request goes next, so no reader's page waits behind later ones.
      this.permits = new Semaphore(permits, true);
      this.waitNanos = wait.toNanos();
      this.waited =
          Timer.builder("warta.rendering.wait")
              .description("Time readers' uncached pages waited for a rendering permit")
              .register(registry);
      Gauge.builder("warta.rendering.waiting", this.permits, Semaphore::getQueueLength)
          .description("Readers' uncached pages waiting for a rendering permit")
          .register(registry);
      Gauge.builder("warta.rendering.permits", this.permits, s -> permits)
          .description("Readers' uncached pages rendered at once, at most")
          .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !PageCacheHits.isReaderRequest(request)
          || ReservedPaths.isHealthCheck(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long started = System.nanoTime();
      boolean acquired;
      try {
        acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        acquired = false;
      }
      waited.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      if (!acquired) {
        busy(response);
        return;
      }
      Held held = null;
      try {
        held = new Held(permits, response);
        chain.doFilter(request, held);
      } finally {
        if (held == null) {
          permits.release();
        } else {
          held.release();
        }
      }
    }
  }

  /**
   * Overloaded: a short page of its own, not the error page (that would render, and log each 503 as
   * a fault, at the moment the server is busiest), never kept by a cache.
   */
  static void busy(HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "5");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    byte[] page = BUSY.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  private static final String BUSY =
      """
      <!DOCTYPE html>
      <html lang="id"><head><meta charset="utf-8"><title>Server sedang sibuk</title></head>
      <body><h1>Server sedang sibuk</h1><p>Coba lagi dalam beberapa detik.</p></body></html>
      """;

  /**
   * The response while a permit is held: Tomcat keeps up to {@link #BUFFER} bytes of it, and the
   * permit is given back before a write or flush that would send bytes to the reader.
   */
  static final class Held extends HttpServletResponseWrapper {
    private final Semaphore permits;
    private final AtomicBoolean holding = new AtomicBoolean(true);
    private long written;

    /** The length the page declared: Tomcat sends the response as soon as that much is written. */
    private long declared = -1;

    private ServletOutputStream stream;
    private PrintWriter writer;

    Held(Semaphore permits, HttpServletResponse response) {
      super(response);
      this.permits = permits;
      if (!response.isCommitted() && response.getBufferSize() < BUFFER) {
        response.setBufferSize(BUFFER);
      }
    }

    /** Gives the permit back, once. */
    void release() {
      if (holding.compareAndSet(true, false)) {
        permits.release();
      }
    }

    boolean holding() {
      return holding.get();
    }

    /**
     * Before writing {@code bytes}: once they could fill Tomcat's buffer, or complete the length
     * the page declared, Tomcat sends them.
     */
    private void writing(long bytes) {
      written += bytes;
      if (written >= BUFFER || (declared >= 0 && written >= declared)) {
        release();
      }
    }

    @Override
    public void setContentLength(int length) {
      declared = length;
      super.setContentLength(length);
    }

    @Override
    public void setContentLengthLong(long length) {
      declared = length;
      super.setContentLengthLong(length);
    }

    @Override
    public void setHeader(String name, String value) {
      declaring(name, value);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      declaring(name, value);
      super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
      declaring(name, String.valueOf(value));
      super.setIntHeader(name, value);
    }

    private void declaring(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name) && value != null) {
        try {
          declared = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
          // Tomcat refuses it too: nothing declared
        }
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return out.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                release(); // a non-blocking writer is not rendering any more
                out.setWriteListener(listener);
              }

              @Override
              public void write(int b) throws IOException {
                writing(1);
                out.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                writing(len);
                out.write(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                release();
                out.flush();
              }

              @Override
              public void close() throws IOException {
                release();
                out.close();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        PrintWriter out = super.getWriter();
        writer =
            new PrintWriter(
                new Writer() {
                  @Override
                  public void write(char[] chars, int off, int len) {
                    // At most three bytes a character (UTF-8 and the single-byte sets alike).
                    writing(3L * len);
                    out.write(chars, off, len);
                  }

                  @Override
                  public void write(String text, int off, int len) {
                    writing(3L * len);
                    out.write(text, off, len);
                  }

                  @Override
                  public void flush() {
                    release();
                    out.flush();
                  }

                  @Override
                  public void close() {
                    release();
                    out.close();
                  }
                });
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      release();
      super.flushBuffer();
    }
  }
}
