package id.warta.media;

import id.warta.platform.desk.NewsroomScreen;
import id.warta.platform.desk.NewsroomPrincipal;
import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The media library screen: the newest images, uploading, deleting unused ones. */
@Controller
@NewsroomScreen
class MediaController {
  static final int SHOWN = 120;

  private final MediaDesk desk;
  private final MediaRepository media;

  MediaController(MediaDesk desk, MediaRepository media) {
    this.desk = desk;
    this.media = media;
  }

  @GetMapping("/redaksi/media")
  String library(Model model) {
    model.addAttribute("page", new MediaPage(media.findRecent(SHOWN), "", "", ""));
    return "newsroom/media";
  }

  @PostMapping("/redaksi/media")
  String upload(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(name = "berkas", required = false) MultipartFile file,
      @RequestParam(name = "kredit", required = false) String credit,
      @RequestParam(name = "keterangan", required = false) String caption,
      @RequestParam(name = "alt", required = false) String alt,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw new IllegalArgumentException("Pilih gambar untuk diunggah.");
      }
      var description = new MediaLibrary.Description(credit, caption, alt);
      var asset =
          desk.upload(
              principal.actor(), file.getBytes(), file.getOriginalFilename(), file.getContentType(),
              description);
      redirect.addFlashAttribute("notice", "Foto diunggah (nomor " + asset.id() + "): " + asset.caption());
      return "redirect:/redaksi/media";
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute(
          "page", new MediaPage(media.findRecent(SHOWN), nz(credit), nz(caption), nz(alt)));
      return "newsroom/media";
    }
  }

  @PostMapping("/redaksi/media/{id}/hapus")
  String delete(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      RedirectAttributes redirect) {
    try {
      desk.delete(principal.actor(), id);
      redirect.addFlashAttribute("notice", "Foto dihapus dari pustaka.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/redaksi/media";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
