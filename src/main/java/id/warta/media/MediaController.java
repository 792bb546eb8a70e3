package id.warta.media;

import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The media library screen: the newest images or a search, uploading, deleting unused ones. */
@Controller
@NewsroomScreen
class MediaController {
  static final int SHOWN = 120;

  private final MediaDesk desk;
  private final MediaRepository media;
  private final MediaLibrary library;

  MediaController(MediaDesk desk, MediaRepository media, MediaLibrary library) {
    this.desk = desk;
    this.media = media;
    this.library = library;
  }

  @GetMapping("/redaksi/media")
  String library(@RequestParam(name = "q", required = false) String query, Model model) {
    String q = query == null ? "" : query.strip();
    model.addAttribute(
        "page",
        new MediaPage(
            q.isEmpty() ? media.findRecent(SHOWN) : media.search(q, SHOWN), "", "", "", q));
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
      byte[] bytes = file.getBytes();
      var same = library.findSame(bytes);
      var asset =
          desk.upload(
              principal.actor(),
              bytes,
              file.getOriginalFilename(),
              file.getContentType(),
              description);
      String notice =
          same.isPresent()
              ? "Foto ini sudah ada di pustaka (nomor "
                  + asset.id()
                  + "); kredit, keterangan dan teks"
                  + " alternatifnya sekarang seperti yang Anda isi."
              : "Foto diunggah (nomor " + asset.id() + "): " + asset.caption();
      if (MediaLibrary.smallerThanLargest(asset)) {
        notice +=
            " Perhatian: gambar ini kecil ("
                + asset.width()
                + "×"
                + asset.height()
                + " piksel) dan tidak"
                + " diperbesar, jadi di layar lebar tampil lebih kecil atau kurang tajam.";
      }
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/redaksi/media";
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute(
          "page", new MediaPage(media.findRecent(SHOWN), nz(credit), nz(caption), nz(alt), ""));
      return "newsroom/media";
    }
  }

  @PostMapping("/redaksi/media/{id}/hapus")
  String delete(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @RequestParam(name = "yakin", required = false) String sure,
      RedirectAttributes redirect) {
    if (media.findById(id).isEmpty()) {
      throw new id.warta.platform.NotFoundException("Media tidak ditemukan.");
    }
    if (!"1".equals(sure)) {
      redirect.addFlashAttribute("error", "Centang konfirmasi untuk menghapus foto ini.");
      return "redirect:/redaksi/media/" + id;
    }
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
