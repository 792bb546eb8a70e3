package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Readers' uncached pages are rendered a few at a time, in arrival order; nothing else waits, and a
 * permit is never held while a response goes out to the network.
 */
@Timeout(30)
class RenderingGateTest {
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  RenderingGate.Gate gate(int permits, Duration wait) {
    return new RenderingGate.Gate(permits, wait, registry);
  }

  static MockHttpServletRequest get(String path) {
    return new MockHttpServletRequest("GET", path);
  }

  /** A page that renders until {@code done} opens, after saying it started. */
  static FilterChain rendering(
      AtomicInteger rendering, CountDownLatch started, CountDownLatch done) {
    return (request, response) -> {
      rendering.incrementAndGet();
      started.countDown();
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        rendering.decrementAndGet();
      }
      response.getOutputStream().write("<p>halaman</p>".getBytes());
    };
  }

  Future<MockHttpServletResponse> request(
      RenderingGate.Gate gate, MockHttpServletRequest request, FilterChain chain) {
    return threads.submit(
        () -> {
          var response = new MockHttpServletResponse();
          gate.doFilter(request, response, chain);
          return response;
        });
  }

  /** A page rendering, holding a permit until {@link Holder#finish}. */
  record Holder(CountDownLatch done, Future<MockHttpServletResponse> response) {
    void finish() throws Exception {
      done.countDown();
      response.get(10, TimeUnit.SECONDS);
    }
  }

  Holder holdTheOnlyPermit(RenderingGate.Gate gate) throws InterruptedException {
    var started = new CountDownLatch(1);
    var done = new CountDownLatch(1);
    var response = request(gate, get("/"), rendering(new AtomicInteger(), started, done));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    return new Holder(done, response);
  }

  void waitForQueue(int length) throws InterruptedException {
    // The gate's own gauge: how many requests are parked on the semaphore.
    while (registry.get("warta.rendering.waiting").gauge().value() < length) {
      Thread.onSpinWait();
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  @Test
  void atMostThePermitsRenderAtOnceAndTheNextStartsWhenOneEnds() throws Exception {
    var gate = gate(2, Duration.ofSeconds(30));
    var rendering = new AtomicInteger();
    var twoStarted = new CountDownLatch(2);
    var done = new CountDownLatch(1);
    var first = request(gate, get("/nasional"), rendering(rendering, twoStarted, done));
    var second = request(gate, get("/ekonomi"), rendering(rendering, twoStarted, done));
    assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();

    var thirdStarted = new CountDownLatch(1);
    var thirdDone = new CountDownLatch(0);
    var third = request(gate, get("/"), rendering(rendering, thirdStarted, thirdDone));
    waitForQueue(1);
    assertThat(rendering.get()).isEqualTo(2);
    assertThat(thirdStarted.getCount()).isEqualTo(1);

    done.countDown();
    assertThat(third.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>halaman</p>");
    assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(registry.get("warta.rendering.wait").timer().count()).isEqualTo(3);
  }

  @Test
  void waitingPagesGoInTheOrderTheyCame() throws Exception {
    var gate = gate(1, Duration.ofSeconds(30));
    var holder = holdTheOnlyPermit(gate);

    List<String> order = new CopyOnWriteArrayList<>();
    List<Future<MockHttpServletResponse>> waiting = new CopyOnWriteArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String path = "/halaman-" + i;
      waiting.add(request(gate, get(path), (request, response) -> order.add(path)));
      waitForQueue(i); // each is parked before the next arrives
    }
    holder.finish();
    for (var response : waiting) {
      response.get(10, TimeUnit.SECONDS);
    }
    assertThat(order)
        .containsExactly("/halaman-1", "/halaman-2", "/halaman-3", "/halaman-4", "/halaman-5");
  }

  @Test
  void editorsFormsHealthChecksAndFilesNeverWait() throws Exception {
    var gate = gate(1, Duration.ofSeconds(30));
    var holder = holdTheOnlyPermit(gate);

    var post = new MockHttpServletRequest("POST", "/cari");
    var editor = get("/nasional");
    editor.addHeader("Cookie", "SESSION=abc");
    var authorized = get("/api/v1/articles");
    authorized.addHeader("Authorization", "Bearer x");
    for (var request :
        List.of(
            post,
            editor,
            authorized,
            get("/redaksi/artikel"),
            get("/readyz"),
            get("/livez"),
            get("/media/2026/12/foto.jpg"),
            get("/css/site.css"))) {
      var passed = new AtomicInteger();
      // Answered on this thread while the only permit is taken: it did not wait.
      gate.doFilter(request, new MockHttpServletResponse(), (req, res) -> passed.incrementAndGet());
      assertThat(passed).as(request.getMethod() + " " + request.getRequestURI()).hasValue(1);
    }
    holder.finish();
  }

  @Test
  void aPageThatWaitedTooLongIsAnswered503AndNotRendered() throws Exception {
    var gate = gate(1, Duration.ofMillis(1));
    var holder = holdTheOnlyPermit(gate);

    var rendered = new AtomicInteger();
    var response = new MockHttpServletResponse();
    gate.doFilter(get("/nasional"), response, (req, res) -> rendered.incrementAndGet());
    assertThat(rendered).hasValue(0);
    assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    // A page of its own, not the error page (which would log the 503 as a fault).
    assertThat(response.getErrorMessage()).isNull();
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Server sedang sibuk");

    holder.finish();
    // The permit came back: the next page renders.
    gate.doFilter(
        get("/nasional"), new MockHttpServletResponse(), (req, res) -> rendered.incrementAndGet());
    assertThat(rendered).hasValue(1);
  }

  @Test
  void aFailingPageGivesItsPermitBack() throws Exception {
    var gate = gate(1, Duration.ofMillis(1));
    assertThatThrownBy(
            () ->
                gate.doFilter(
                    get("/"),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      throw new IllegalStateException("rusak");
                    }))
        .isInstanceOf(IllegalStateException.class);
    var response = new MockHttpServletResponse();
    gate.doFilter(get("/"), response, (req, res) -> res.getWriter().write("lagi"));
    assertThat(response.getContentAsString()).isEqualTo("lagi");
  }

  @Test
  void aPermitIsGivenBackBeforeBytesCouldWaitOnTheNetwork() throws Exception {
    var gate = gate(1, Duration.ofMillis(1));
    var seen = new CopyOnWriteArrayList<Boolean>();
    FilterChain large =
        (request, response) -> {
          // Tomcat keeps the page until it is rendered: the buffer is at least the gate's.
          seen.add(response.getBufferSize() >= RenderingGate.BUFFER);
          var out = response.getOutputStream();
          out.write(new byte[RenderingGate.BUFFER - 1]);
          seen.add(held(response));
          out.write(new byte[2]); // would fill the buffer: Tomcat sends it now
          seen.add(held(response));
        };
    gate.doFilter(get("/sitemap.xml"), new MockHttpServletResponse(), large);

    FilterChain flushed =
        (request, response) -> {
          response.getWriter().write("sebagian");
          seen.add(held(response));
          response.flushBuffer();
          seen.add(held(response));
        };
    gate.doFilter(get("/feed"), new MockHttpServletResponse(), flushed);

    FilterChain characters =
        (request, response) -> {
          var writer = response.getWriter();
          writer.write("é".repeat(RenderingGate.BUFFER / 3 - 1));
          seen.add(held(response));
          writer.write("éé"); // three bytes a character at most: could fill the buffer
          seen.add(held(response));
        };
    gate.doFilter(get("/rss"), new MockHttpServletResponse(), characters);

    // A page that declares its length is sent by Tomcat as soon as that much is written.
    FilterChain declared =
        (request, response) -> {
          byte[] page = "<p>halaman</p>".getBytes();
          response.setContentLength(page.length);
          response.getOutputStream().write(page, 0, 3);
          seen.add(held(response));
          response.getOutputStream().write(page, 3, page.length - 3);
          seen.add(held(response));
        };
    gate.doFilter(get("/"), new MockHttpServletResponse(), declared);
    assertThat(seen).containsExactly(true, true, false, true, false, true, false, true, false);
  }

  private static boolean held(ServletResponse response) {
    return ((RenderingGate.Held) response).holding();
  }
}
