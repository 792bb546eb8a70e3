package id.warta.api;

import id.warta.platform.BadRequestException;
import id.warta.platform.NotFoundException;
import id.warta.platform.RequestValues;
import id.warta.platform.SiteProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API as RFC 9457 problem documents (application/problem+json), in Indonesian. Each
 * problem type is described on the API's own page (/api#galat-404...). Paths under /api that name
 * nothing, and every method but GET and HEAD, are problems too.
 */
@RestController
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {
  static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  private final SiteProperties site;

  ApiProblems(SiteProperties site) {
    this.site = site;
  }

  @RequestMapping("/api/**")
  ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
    String method = request.getMethod();
    if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
      return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
          .header(HttpHeaders.ALLOW, "GET, HEAD")
          .cacheControl(CacheControl.noStore())
          .contentType(PROBLEM)
          .body(
              problem(
                  HttpStatus.METHOD_NOT_ALLOWED,
                  "Metode tidak diizinkan",
                  "API ini hanya dapat dibaca: gunakan GET atau HEAD, bukan " + method + ".",
                  request));
    }
    return answer(
        HttpStatus.NOT_FOUND,
        "Sumber tidak ditemukan",
        "Tidak ada sumber API di alamat ini. Lihat daftar alamat di /api.",
        request);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
    return answer(HttpStatus.NOT_FOUND, "Sumber tidak ditemukan", e.getMessage(), request);
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ProblemDetail> badRequest(BadRequestException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "Permintaan tidak valid", e.getMessage(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return RequestValues.failure(e) instanceof NotFoundException
        ? answer(
            HttpStatus.NOT_FOUND,
            "Sumber tidak ditemukan",
            "Tidak ada sumber di alamat ini: '" + e.getValue() + "' bukan id yang valid.",
            request)
        : answer(
            HttpStatus.BAD_REQUEST,
            "Permintaan tidak valid",
            "Nilai parameter '" + e.getName() + "' tidak valid.",
            request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> failure(Exception e, HttpServletRequest request) {
    LoggerFactory.getLogger(ApiProblems.class).error("API error on {}", request.getRequestURI(), e);
    return answer(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Terjadi gangguan",
        "Maaf, terjadi gangguan di server kami. Silakan coba beberapa saat lagi.",
        request);
  }

  private ResponseEntity<ProblemDetail> answer(
      HttpStatus status, String title, String detail, HttpServletRequest request) {
    return ResponseEntity.status(status)
        .cacheControl(CacheControl.noStore())
        .contentType(PROBLEM)
        .body(problem(status, title, detail, request));
  }

  private ProblemDetail problem(
      HttpStatus status, String title, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(site.absolute("/api#galat-" + status.value())));
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
