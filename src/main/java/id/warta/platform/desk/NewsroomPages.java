package id.warta.platform.desk;

import id.warta.platform.BadRequestException;
import id.warta.platform.NotFoundException;
import id.warta.platform.RequestValues;
import id.warta.platform.SiteProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The layout model for every newsroom screen (a controller marked {@link NewsroomScreen}), and
 * newsroom error pages in Indonesian.
 */
@ControllerAdvice(annotations = NewsroomScreen.class)
class NewsroomPages {
  private final SiteProperties site;

  NewsroomPages(SiteProperties site) {
    this.site = site;
  }

  @ModelAttribute("frame")
  NewsroomFrame frame(
      HttpServletRequest request,
      @AuthenticationPrincipal NewsroomPrincipal principal,
      HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new NewsroomFrame(
        site.name(),
        "Redaksi",
        principal == null ? null : principal.user(),
        csrf == null ? "_csrf" : csrf.getParameterName(),
        csrf == null ? "" : csrf.getToken());
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(
      NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return error(request, response, model, 404, "Tidak ditemukan", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(
      ForbiddenException e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return error(request, response, model, 403, "Akses ditolak", e.getMessage());
  }

  @ExceptionHandler({BadRequestException.class, MissingServletRequestParameterException.class})
  String badRequest(
      Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
    return error(
        request,
        response,
        model,
        400,
        "Permintaan tidak valid",
        e instanceof BadRequestException
            ? e.getMessage()
            : "Isian permintaan tidak dapat kami pahami.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String mismatch(
      MethodArgumentTypeMismatchException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    RuntimeException failure = RequestValues.failure(e);
    return failure instanceof NotFoundException notFound
        ? notFound(notFound, request, response, model)
        : badRequest(failure, request, response, model);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    return error(
        request,
        response,
        model,
        413,
        "Berkas terlalu besar",
        "Berkas melebihi batas ukuran unggahan.");
  }

  @ExceptionHandler(MultipartException.class)
  String badUpload(HttpServletRequest request, HttpServletResponse response, Model model) {
    return error(
        request, response, model, 400, "Unggahan gagal", "Unggahan tidak dapat dibaca. Coba lagi.");
  }

  private String error(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      int status,
      String heading,
      String message) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    NewsroomPrincipal principal =
        auth != null && auth.getPrincipal() instanceof NewsroomPrincipal p ? p : null;
    model.addAttribute("frame", frame(request, principal, response));
    response.setStatus(status);
    model.addAttribute("page", new NewsroomErrorPage(status, heading, message));
    return "newsroom/error";
  }
}
