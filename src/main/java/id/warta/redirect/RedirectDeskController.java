package id.warta.redirect;

import id.warta.platform.PageNumber;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors see the redirect table (/redaksi/pengalihan), add an old address and remove one. */
@Controller
@NewsroomScreen
class RedirectDeskController {
  static final int PAGE_SIZE = 100;

  private final Redirects redirects;

  RedirectDeskController(Redirects redirects) {
    this.redirects = redirects;
  }

  @GetMapping("/redaksi/pengalihan")
  String list(@RequestParam(name = "halaman", defaultValue = "1") PageNumber page, Model model) {
    model.addAttribute("page", page(page.value(), "", ""));
    return "redirect/redirects";
  }

  @PostMapping("/redaksi/pengalihan")
  String add(
      @RequestParam(name = "lama", defaultValue = "") String oldPath,
      @RequestParam(name = "tujuan", defaultValue = "") String target,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      redirects.put(oldPath, target.strip(), Redirect.NEWSROOM);
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", page(1, oldPath, target));
      return "redirect/redirects";
    }
    redirect.addFlashAttribute(
        "notice",
        "Alamat " + Redirects.normalize(oldPath) + " kini dialihkan ke " + target.strip() + ".");
    return "redirect:/redaksi/pengalihan";
  }

  @PostMapping("/redaksi/pengalihan/hapus")
  String delete(@RequestParam(name = "lama") String oldPath, RedirectAttributes redirect) {
    if (redirects.delete(oldPath)) {
      redirect.addFlashAttribute("notice", "Pengalihan " + oldPath + " dihapus.");
    }
    return "redirect:/redaksi/pengalihan";
  }

  private RedirectsPage page(int page, String oldPath, String target) {
    long total = redirects.count();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    return new RedirectsPage(
        redirects.list((long) (page - 1) * PAGE_SIZE, PAGE_SIZE),
        total,
        page,
        pages,
        oldPath,
        target);
  }
}
