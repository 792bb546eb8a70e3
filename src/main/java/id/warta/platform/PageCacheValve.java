package id.warta.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Answers page cache hits in Tomcat's engine pipeline, before the host and context valves, the
 * servlet filter chain and the dispatcher: the cheapest place a servlet container offers. Headers
 * go out as the bytes prepared when the page was stored (a long Content-Security-Policy and
 * Surrogate-Key cost more to encode per request than the rest of a hit). Misses, and whatever the
 * cache may not answer ({@link PageCacheHits#eligible}), go on to {@link PageCacheFilter}, which
 * renders and stores.
 */
final class PageCacheValve extends ValveBase {
  private static final byte[] CONTENT_ENCODING =
      "Content-Encoding".getBytes(StandardCharsets.UTF_8);
  private static final byte[] GZIP = "gzip".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HSTS_NAME =
      "Strict-Transport-Security".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HSTS = ServerValves.HSTS.getBytes(StandardCharsets.UTF_8);
  private static final byte[] DATE = "Date".getBytes(StandardCharsets.UTF_8);

  private final ObjectProvider<PageCacheHits> provider;
  private volatile PageCacheHits hits;

  PageCacheValve(ObjectProvider<PageCacheHits> provider) {
    super(true);
    this.provider = provider;
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    PageCacheHits hits = hits();
    PageCache.Page page = hits == null ? null : hits.find(request);
    if (page == null) {
      getNext().invoke(request, response);
      return;
    }
    serve(page, request, response);
    hits.served(page, request);
  }

  /** Tomcat accepts requests only once the application has started: it is there by then. */
  private PageCacheHits hits() {
    PageCacheHits found = hits;
    if (found == null) {
      found = provider.getIfAvailable();
      hits = found;
    }
    return found;
  }

  private static void serve(PageCache.Page page, Request request, Response response)
      throws IOException {
    var coyote = response.getCoyoteResponse();
    MimeHeaders headers = coyote.getMimeHeaders();
    for (PageCache.Header header : page.headers()) {
      add(headers, header.nameBytes(), header.valueBytes());
    }
    if (request.isSecure()) {
      add(headers, HSTS_NAME, HSTS);
    }
    // As bytes too, and so is the Date Tomcat would otherwise format and encode for each response.
    add(headers, page.contentType().nameBytes(), page.contentType().valueBytes());
    add(headers, DATE, HttpDate.now());
    if (PageCacheHits.notModified(page, request)) {
      coyote.setStatus(304);
      return;
    }
    coyote.setStatus(200);
    boolean gzip = PageCacheHits.acceptsGzip(request);
    byte[] body = gzip ? page.gzip() : page.plain();
    if (gzip) {
      add(headers, CONTENT_ENCODING, GZIP);
    }
    coyote.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** The Date header of the current second, formatted once per second. */
  static final class HttpDate {
    private record Stamp(long second, byte[] bytes) {}

    // IMF-fixdate (RFC 9110 section 5.6.7), as Tomcat writes it
    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private static volatile Stamp stamp = new Stamp(-1, new byte[0]);

    static byte[] now() {
      long second = System.currentTimeMillis() / 1000;
      Stamp current = stamp;
      if (current.second() != second) {
        String formatted = FORMAT.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC));
        current = new Stamp(second, formatted.getBytes(StandardCharsets.ISO_8859_1));
        stamp = current;
      }
      return current.bytes();
    }
  }

  private static void add(MimeHeaders headers, byte[] name, byte[] value) {
    headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
  }
}
