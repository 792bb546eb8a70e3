package id.warta.site;

import id.warta.platform.BadRequestException;
import id.warta.platform.NotFoundException;
import id.warta.platform.RequestValues;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages in Indonesian, for errors our code raises and for those the container meets (no such
 * page, wrong method, a request too large). Never a stack trace. Applies everywhere with the lowest
 * precedence, so a JSON API can answer its own errors with an advice of its own.
 */
@Controller
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class SiteErrors implements ErrorController {
  private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

  private final SiteFrames frames;

  SiteErrors(SiteFrames frames) {
    this.frames = frames;
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, HttpServletResponse response, Model model) {
    return page(response, model, HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  String noResource(HttpServletResponse response, Model model) {
    return page(response, model, HttpStatus.NOT_FOUND, null);
  }

  @ExceptionHandler({
    BadRequestException.class,
    MissingServletRequestParameterException.class,
    InvalidParameterException.class
  })
  String badRequest(Exception e, HttpServletResponse response, Model model) {
    String message = e instanceof BadRequestException ? e.getMessage() : null;
    return page(response, model, HttpStatus.BAD_REQUEST, message);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String mismatch(
      MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
    RuntimeException failure = RequestValues.failure(e);
    return failure instanceof NotFoundException notFound
        ? notFound(notFound, response, model)
        : badRequest(failure, response, model);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  String methodNotAllowed(HttpServletResponse response, Model model) {
    return page(response, model, HttpStatus.METHOD_NOT_ALLOWED, null);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  String notAcceptable(HttpServletResponse response, Model model) {
    return page(response, model, HttpStatus.NOT_ACCEPTABLE, null);
  }

  @RequestMapping("/error")
  String error(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null
            ? HttpStatus.valueOf(c)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (isMalformedRequest(error)) {
      // a client's broken percent-encoding met while reading parameters: its mistake, not ours
      status = HttpStatus.BAD_REQUEST;
    }
    if (status.is5xxServerError()) {
      log.error(
          "Error {} on {}",
          status.value(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          error instanceof Throwable t ? t : null);
    }
    return page(response, model, status, null);
  }

  private static boolean isMalformedRequest(Object error) {
    for (Throwable t = error instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
      if (t instanceof InvalidParameterException) {
        return true;
      }
    }
    return false;
  }

  private String page(
      HttpServletResponse response, Model model, HttpStatus status, String message) {
    response.setStatus(status.value());
    response.setHeader("Cache-Control", "no-store");
    String heading =
        switch (status) {
          case NOT_FOUND -> "Halaman tidak ditemukan";
          case BAD_REQUEST -> "Permintaan tidak valid";
          case METHOD_NOT_ALLOWED -> "Metode tidak diizinkan";
          case CONTENT_TOO_LARGE -> "Permintaan terlalu besar";
          case FORBIDDEN -> "Akses ditolak";
          default ->
              status.is4xxClientError() ? "Permintaan tidak dapat diproses" : "Terjadi gangguan";
        };
    String text =
        message != null
            ? message
            : switch (status) {
              case NOT_FOUND -> "Halaman yang Anda cari tidak ada atau sudah dipindahkan.";
              case BAD_REQUEST -> "Alamat atau isian permintaan tidak dapat kami pahami.";
              default ->
                  status.is5xxServerError()
                      ? "Maaf, terjadi gangguan di server kami. Silakan coba beberapa saat lagi."
                      : "Permintaan Anda tidak dapat kami proses.";
            };
    model.addAttribute("page", new ErrorPage(frames.error(heading), status.value(), heading, text));
    return "site/error";
  }
}
