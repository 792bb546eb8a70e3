package id.warta.author;

import id.warta.platform.NotFoundException;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's author screens at /redaksi/penulis (editors): create and edit the people named in
 * bylines. Accounts are linked to an author on the account's screen (/redaksi/pengguna).
 */
@Controller
@NewsroomScreen
class AuthorAdminController {
  static final int PHOTO_CHOICES = 200;

  private final AuthorDesk desk;
  private final AuthorRepository authors;
  private final Portraits media;

  AuthorAdminController(AuthorDesk desk, AuthorRepository authors, Portraits media) {
    this.desk = desk;
    this.authors = authors;
    this.media = media;
  }

  @GetMapping("/redaksi/penulis")
  String list(Model model) {
    model.addAttribute("page", page(null, AuthorFields.EMPTY));
    return "newsroom/authors";
  }

  @PostMapping("/redaksi/penulis")
  String create(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      AuthorFields fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      var created = desk.create(principal.actor(), fields);
      redirect.addFlashAttribute("notice", "Penulis " + created.name() + " dibuat.");
      return "redirect:/redaksi/penulis/" + created.id();
    } catch (IllegalArgumentException | DuplicateKeyException e) {
      response.setStatus(422);
      model.addAttribute("error", message(e));
      model.addAttribute("page", page(null, fields));
      return "newsroom/authors";
    }
  }

  @GetMapping("/redaksi/penulis/{id}")
  String edit(@PathVariable long id, Model model) {
    AuthorProfile a =
        authors
            .findProfile(id)
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    model.addAttribute("page", page(a, AuthorFields.of(a)));
    return "newsroom/author";
  }

  @PostMapping("/redaksi/penulis/{id}")
  String update(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      AuthorFields fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AuthorProfile a =
        authors
            .findProfile(id)
            .orElseThrow(() -> new NotFoundException("Penulis tidak ditemukan."));
    try {
      desk.update(principal.actor(), id, fields);
    } catch (IllegalArgumentException | DuplicateKeyException e) {
      response.setStatus(422);
      model.addAttribute("error", message(e));
      model.addAttribute("page", page(a, fields));
      return "newsroom/author";
    }
    redirect.addFlashAttribute("notice", "Profil penulis disimpan.");
    return "redirect:/redaksi/penulis/" + id;
  }

  private AuthorsPage page(AuthorProfile author, AuthorFields form) {
    return new AuthorsPage(
        author, form, author == null ? authors.findAll() : List.of(), media.recent(PHOTO_CHOICES));
  }

  private static String message(RuntimeException e) {
    return e instanceof DuplicateKeyException
        ? "Alamat itu sudah dipakai penulis lain."
        : e.getMessage();
  }
}
