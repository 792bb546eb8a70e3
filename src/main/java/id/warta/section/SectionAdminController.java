package id.warta.section;

import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create, rename and reorder sections at /redaksi/kanal. */
@Controller
@NewsroomScreen
class SectionAdminController {
  private final SectionDesk desk;

  SectionAdminController(SectionDesk desk) {
    this.desk = desk;
  }

  @GetMapping("/redaksi/kanal")
  String list(Model model) {
    model.addAttribute("page", SectionsPage.of(desk.all()));
    return "newsroom/sections";
  }

  @PostMapping("/redaksi/kanal")
  String create(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      SectionFields fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      var created = desk.create(principal.actor(), fields);
      redirect.addFlashAttribute(
          "notice", "Kanal " + created.name() + " dibuat di " + created.path() + ".");
    } catch (SectionDesk.InvalidSection e) {
      return refused(null, fields, e, model, response);
    }
    return "redirect:/redaksi/kanal";
  }

  @PostMapping("/redaksi/kanal/{id}")
  String rename(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      SectionFields fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      var renamed = desk.rename(principal.actor(), id, fields);
      redirect.addFlashAttribute(
          "notice", "Kanal " + renamed.path() + " sekarang bernama " + renamed.name() + ".");
    } catch (SectionDesk.InvalidSection e) {
      return refused(id, fields, e, model, response);
    }
    return "redirect:/redaksi/kanal";
  }

  @PostMapping("/redaksi/kanal/{id}/naik")
  String up(@AuthenticationPrincipal NewsroomPrincipal principal, @PathVariable long id) {
    desk.move(principal.actor(), id, -1);
    return "redirect:/redaksi/kanal";
  }

  @PostMapping("/redaksi/kanal/{id}/turun")
  String down(@AuthenticationPrincipal NewsroomPrincipal principal, @PathVariable long id) {
    desk.move(principal.actor(), id, 1);
    return "redirect:/redaksi/kanal";
  }

  private String refused(
      Long editing,
      SectionFields fields,
      SectionDesk.InvalidSection e,
      Model model,
      HttpServletResponse response) {
    if (editing != null) {
      desk.find(editing);
    }
    response.setStatus(422);
    model.addAttribute("error", "Kanal belum disimpan: periksa isian yang ditandai.");
    model.addAttribute("page", new SectionsPage(desk.all(), editing, fields, e.errors()));
    return "newsroom/sections";
  }
}
