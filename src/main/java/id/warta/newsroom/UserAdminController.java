package id.warta.newsroom;

import id.warta.author.AuthorRepository;
import id.warta.platform.NotFoundException;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create, edit and disable newsroom accounts, and see the audit log. */
@Controller
@NewsroomScreen
class UserAdminController {
  private final Accounts accounts;
  private final AuthorRepository authors;
  private final AuditLog audit;
  private final NewsroomSessions sessions;

  UserAdminController(
      Accounts accounts, AuthorRepository authors, AuditLog audit, NewsroomSessions sessions) {
    this.accounts = accounts;
    this.authors = authors;
    this.audit = audit;
    this.sessions = sessions;
  }

  @GetMapping("/redaksi/pengguna")
  String list(Model model) {
    model.addAttribute("page", new UsersPage(accounts.all(), authors.findAll(), UserForm.EMPTY));
    return "newsroom/users";
  }

  @PostMapping("/redaksi/pengguna")
  String create(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      UserForm form,
      Model model,
      RedirectAttributes redirect) {
    String password = Accounts.generatePassword();
    NewsroomUser created;
    try {
      created =
          accounts.create(
              principal.actor(),
              form.nama(),
              form.tampilan(),
              Role.parse(form.peran()),
              form.authorId(),
              password);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", new UsersPage(accounts.all(), authors.findAll(), form));
      return "newsroom/users";
    }
    redirect.addFlashAttribute(
        "notice",
        "Akun "
            + created.username()
            + " dibuat. Kata sandi awalnya (tampil sekali ini saja): "
            + password);
    return "redirect:/redaksi/pengguna/" + created.id();
  }

  @GetMapping("/redaksi/pengguna/{id}")
  String edit(@PathVariable long id, Model model) {
    NewsroomUser user =
        accounts.find(id).orElseThrow(() -> new NotFoundException("Pengguna tidak ditemukan."));
    model.addAttribute("page", new UserPage(user, authors.findAll()));
    return "newsroom/user";
  }

  @PostMapping("/redaksi/pengguna/{id}")
  String update(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      UserForm form,
      Model model,
      RedirectAttributes redirect) {
    NewsroomUser user =
        accounts.find(id).orElseThrow(() -> new NotFoundException("Pengguna tidak ditemukan."));
    try {
      accounts.update(
          principal.actor(),
          id,
          form.tampilan(),
          Role.parse(form.peran()),
          form.aktif() != null,
          form.authorId());
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", new UserPage(user, authors.findAll()));
      return "newsroom/user";
    }
    redirect.addFlashAttribute("notice", "Perubahan akun " + user.username() + " disimpan.");
    return "redirect:/redaksi/pengguna/" + id;
  }

  @PostMapping("/redaksi/pengguna/{id}/sandi")
  String resetPassword(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    NewsroomUser user =
        accounts.find(id).orElseThrow(() -> new NotFoundException("Pengguna tidak ditemukan."));
    String password = accounts.resetPassword(principal.actor(), id);
    // A reset is for a forgotten or leaked password: nobody stays signed in with the old one
    // (an admin resetting their own keeps this session).
    sessions.endAllExcept(
        user.username(), user.id() == principal.user().id() ? request.getSession().getId() : null);
    redirect.addFlashAttribute(
        "notice",
        "Kata sandi baru untuk " + user.username() + " (tampil sekali ini saja): " + password);
    return "redirect:/redaksi/pengguna/" + id;
  }

  @GetMapping("/redaksi/audit")
  String audit(Model model) {
    model.addAttribute("entries", audit.recent(300));
    return "newsroom/audit";
  }
}
