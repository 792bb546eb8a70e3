package id.warta.media;

import id.warta.platform.NotFoundException;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One image of the media library in the newsroom (/redaksi/media/{id}): its credit, caption and
 * alternative text can be corrected after upload; editors delete it from here, after ticking a
 * confirmation.
 */
@Controller
@NewsroomScreen
class MediaEditController {
  private final MediaDesk desk;
  private final MediaRepository media;

  MediaEditController(MediaDesk desk, MediaRepository media) {
    this.desk = desk;
    this.media = media;
  }

  @GetMapping("/redaksi/media/{id}")
  String edit(@PathVariable long id, Model model) {
    MediaAsset asset = find(id);
    model.addAttribute(
        "page", new MediaEditPage(asset, asset.credit(), asset.caption(), asset.altText()));
    return "newsroom/media-edit";
  }

  @PostMapping("/redaksi/media/{id}")
  String describe(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @RequestParam(name = "kredit", required = false) String credit,
      @RequestParam(name = "keterangan", required = false) String caption,
      @RequestParam(name = "alt", required = false) String alt,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    MediaAsset asset = find(id);
    try {
      desk.describe(principal.actor(), id, new MediaLibrary.Description(credit, caption, alt));
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", new MediaEditPage(asset, nz(credit), nz(caption), nz(alt)));
      return "newsroom/media-edit";
    }
    redirect.addFlashAttribute("notice", "Kredit, keterangan dan teks alternatif disimpan.");
    return "redirect:/redaksi/media/" + id;
  }

  private MediaAsset find(long id) {
    return media.findById(id).orElseThrow(() -> new NotFoundException("Media tidak ditemukan."));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
