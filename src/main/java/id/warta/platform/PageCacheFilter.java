package id.warta.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves anonymous readers' GET requests from the page cache, before security and MVC, and fills
 * the cache from what the application rendered. Only public, successful, cookie-free text responses
 * are kept; anything with a session, a login or a form is never cached.
 */
@Component
// First of all filters: a hit skips even the request timer (RequestMetrics; measured: 12% more
// pages per second).
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageCacheFilter extends OncePerRequestFilter {
  private static final Set<String> NOT_REPLAYED =
      Set.of(
          "set-cookie",
          "date",
          "content-type",
          "content-length",
          "transfer-encoding",
          "content-encoding",
          "etag",
          "vary",
          "connection",
          "keep-alive",
          // set for every hit: ours, and HSTS as the request came (over TLS or not)
          "cache-control",
          "surrogate-key",
          "strict-transport-security");

  private final PageCache cache;
  private final PageParameters parameters;
  private final PageCacheHits hits;
  private final String cacheControl;

  PageCacheFilter(
      PageCache cache,
      PageParameters parameters,
      PageCacheHits hits,
      PageCacheProperties properties) {
    this.cache = cache;
    this.parameters = parameters;
    this.hits = hits;
    this.cacheControl =
        "public, max-age=0, s-maxage="
            + properties.sharedMaxAge().toSeconds()
            + ", stale-while-revalidate=30";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !hits.eligible(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Hits are mostly answered by PageCacheValve before the servlet pipeline; this one serves those
    // that arrive here (a page stored meanwhile, or tests that call the application directly).
    String known = parameters.knownKey(request);
    PageCache.Page page = known == null ? null : cache.get(known);
    if (page != null) {
      serve(page, request, response);
      hits.served(page, request);
      return;
    }
    long generation = cache.generation();
    var capture = new CapturingResponse(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    PageCache.Page rendered =
        !capture.passedThrough() && "GET".equals(request.getMethod()) && cacheable(request, capture)
            ? page(request, capture, body)
            : null;
    if (rendered != null) {
      cache.put(parameters.learnedKey(request), rendered, generation);
      serve(rendered, request, response);
    } else {
      capture.flushTo(response, body);
    }
  }

  private static boolean cacheable(HttpServletRequest request, CapturingResponse response) {
    if (response.getStatus() != 200 || response.getHeaders("Set-Cookie").iterator().hasNext()) {
      return false;
    }
    String cacheControl = response.getHeader("Cache-Control");
    String type = response.getContentType();
    return cacheControl != null
        && cacheControl.contains("public")
        && type != null
        && (type.startsWith("text/") || type.contains("xml") || type.contains("json"))
        && request.getSession(false) == null;
  }

  private PageCache.Page page(HttpServletRequest request, CapturingResponse response, byte[] body) {
    Set<String> keys = PageKeys.parse(response.getHeader(PageKeys.HEADER));
    if (keys.isEmpty()) {
      // A page that did not say what it shows could never be purged: not kept.
      return null;
    }
    String etag = ETags.of(body);
    List<PageCache.Header> headers = new ArrayList<>();
    boolean language = false;
    for (String name : response.getHeaderNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (NOT_REPLAYED.contains(lower)) {
        continue;
      }
      language |= lower.equals("content-language");
      for (String value : response.getHeaders(name)) {
        headers.add(PageCache.Header.of(name, value));
      }
    }
    if (response.locale != null && !language) {
      // Tomcat keeps the page's locale apart from its headers and writes it only when sending.
      headers.add(PageCache.Header.of("Content-Language", response.locale.toLanguageTag()));
    }
    headers.add(PageCache.Header.of("ETag", etag));
    headers.add(PageCache.Header.of("Vary", "Accept-Encoding"));
    headers.add(PageCache.Header.of("Cache-Control", cacheControl));
    headers.add(PageCache.Header.of(PageKeys.HEADER, String.join(" ", keys)));
    String lastModified = response.getHeader("Last-Modified");
    Object viewed = request.getAttribute(PageKeys.VIEW);
    return new PageCache.Page(
        PageCache.Header.of("Content-Type", response.getContentType()),
        List.copyOf(headers),
        body,
        gzip(body),
        etag,
        lastModified == null ? null : PageCacheHits.httpDate(lastModified),
        keys,
        viewed instanceof Long id ? id : null);
  }

  private static void serve(
      PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    String previous = null;
    for (PageCache.Header header : page.headers()) {
      // A name's first value replaces what was set before (the security headers), the next add.
      if (header.name().equals(previous)) {
        response.addHeader(header.name(), header.value());
      } else {
        response.setHeader(header.name(), header.value());
      }
      previous = header.name();
    }
    response.setContentType(page.contentType().value());
    if (PageCacheHits.notModified(page, request)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    boolean gzip = PageCacheHits.acceptsGzip(request);
    byte[] body = gzip ? page.gzip() : page.plain();
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  private static byte[] gzip(byte[] body) {
    var out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (var gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Keeps what the application writes, so it can be stored before it is sent. */
  static final class CapturingResponse extends HttpServletResponseWrapper {
    /** Bodies larger than this (a PDF download, a huge sitemap) go straight to the client. */
    static final int CAPTURE_LIMIT = 2 * 1024 * 1024;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private ServletOutputStream passThrough;
    private Locale locale;

    CapturingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setLocale(Locale locale) {
      this.locale = locale;
      super.setLocale(locale);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {}

              @Override
              public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                if (passThrough == null && buffer.size() + len > CAPTURE_LIMIT) {
                  passThrough = getResponse().getOutputStream();
                  buffer.writeTo(passThrough);
                  buffer.reset();
                }
                if (passThrough != null) {
                  passThrough.write(b, off, len);
                } else {
                  buffer.write(b, off, len);
                }
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    boolean passedThrough() {
      return passThrough != null;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }

    void flushTo(HttpServletResponse response, byte[] body) throws IOException {
      if (passThrough != null) {
        passThrough.flush();
        return;
      }
      if (body.length > 0 && !response.isCommitted()) {
        response.setContentLength(body.length);
      }
      if (body.length > 0) {
        response.getOutputStream().write(body);
      }
    }
  }
}
