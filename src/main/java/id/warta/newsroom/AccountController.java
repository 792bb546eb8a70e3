package id.warta.newsroom;

import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, the newsroom's start, and changing one's own password. */
@Controller
@NewsroomScreen
class AccountController {
  private final Accounts accounts;
  private final NewsroomSessions sessions;

  AccountController(Accounts accounts, NewsroomSessions sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  @GetMapping("/redaksi/masuk")
  String login(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(required = false) String gagal,
      @RequestParam(required = false) String tunggu,
      @RequestParam(required = false) String keluar,
      Model model) {
    if (principal != null) {
      return "redirect:/redaksi";
    }
    String error = null;
    if (gagal != null) {
      error = "Nama pengguna atau kata sandi salah, atau akun tidak aktif.";
    } else if (tunggu != null) {
      error = "Terlalu banyak percobaan masuk yang gagal. Tunggu beberapa saat, lalu coba lagi.";
    }
    model.addAttribute("error", error);
    model.addAttribute("notice", keluar != null ? "Anda sudah keluar." : null);
    return "newsroom/login";
  }

  @GetMapping("/redaksi")
  String start() {
    return "redirect:/redaksi/artikel";
  }

  @GetMapping("/redaksi/sandi")
  String passwordForm() {
    return "newsroom/password";
  }

  @PostMapping("/redaksi/sandi")
  String changePassword(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(name = "lama", required = false) String current,
      @RequestParam(name = "baru", required = false) String next,
      @RequestParam(name = "ulang", required = false) String confirmation,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.changePassword(principal.actor(), current, next, confirmation);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return "newsroom/password";
    }
    // Whoever else is signed in with the old password is signed out; this session goes on.
    sessions.endAllExcept(principal.getUsername(), request.getSession().getId());
    redirect.addFlashAttribute("notice", "Kata sandi sudah diganti.");
    return "redirect:/redaksi/sandi";
  }
}
