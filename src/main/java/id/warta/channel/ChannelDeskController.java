package id.warta.channel;

import id.warta.platform.IndonesianDates;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage partner channels (/redaksi/mitra): the list with each feed's state and last error,
 * create and edit, switch on and off, and fetch a feed now.
 */
@Controller
@NewsroomScreen
class ChannelDeskController {
  private final ChannelAdmin channels;
  private final ChannelDesk desk;
  private final IndonesianDates dates;

  ChannelDeskController(ChannelAdmin channels, ChannelDesk desk, SiteProperties site) {
    this.channels = channels;
    this.desk = desk;
    this.dates = IndonesianDates.forZone(site.zone());
  }

  @GetMapping("/redaksi/mitra")
  String list(Model model) {
    var rows =
        channels.list().stream()
            .map(s -> new ChannelsPage.Row(s, when(s.lastFetchedAt()), when(s.lastSuccessAt())))
            .toList();
    model.addAttribute("page", new ChannelsPage(rows));
    return "newsroom/channels";
  }

  @GetMapping("/redaksi/mitra/baru")
  String newForm(Model model) {
    model.addAttribute("page", ChannelFormPage.blank());
    return "newsroom/channel";
  }

  @PostMapping("/redaksi/mitra/baru")
  String create(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      ChannelFields fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ChannelStatus created;
    try {
      created = desk.create(principal.actor(), fields.toForm(true));
    } catch (InvalidChannelException e) {
      return refused(null, fields, e, model, response);
    }
    redirect.addFlashAttribute(
        "notice",
        "Kanal mitra "
            + created.channel().name()
            + " dibuat; umpannya diambil pada putaran berikutnya atau dengan \"Ambil sekarang\".");
    return "redirect:/redaksi/mitra";
  }

  @GetMapping("/redaksi/mitra/{id}")
  String edit(@PathVariable long id, Model model) {
    ChannelStatus status = channels.status(id);
    model.addAttribute(
        "page",
        new ChannelFormPage(status, ChannelFields.of(ChannelForm.of(status.channel())), Map.of()));
    return "newsroom/channel";
  }

  @PostMapping("/redaksi/mitra/{id}")
  String update(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      ChannelFields fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ChannelStatus status = channels.status(id);
    ChannelStatus saved;
    try {
      saved = desk.update(principal.actor(), id, fields.toForm(status.channel().enabled()));
    } catch (InvalidChannelException e) {
      return refused(status, fields, e, model, response);
    }
    redirect.addFlashAttribute(
        "notice", "Perubahan kanal mitra " + saved.channel().name() + " disimpan.");
    return "redirect:/redaksi/mitra";
  }

  @PostMapping("/redaksi/mitra/{id}/aktifkan")
  String enable(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      RedirectAttributes redirect) {
    ChannelStatus status = desk.enable(principal.actor(), id);
    redirect.addFlashAttribute(
        "notice", "Kanal mitra " + status.channel().name() + " diaktifkan dan tampil di situs.");
    return "redirect:/redaksi/mitra";
  }

  @PostMapping("/redaksi/mitra/{id}/nonaktifkan")
  String disable(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      RedirectAttributes redirect) {
    ChannelStatus status = desk.disable(principal.actor(), id);
    redirect.addFlashAttribute(
        "notice",
        "Kanal mitra "
            + status.channel().name()
            + " dinonaktifkan: tidak tampil di situs dan tidak diambil lagi; beritanya tetap"
            + " tersimpan.");
    return "redirect:/redaksi/mitra";
  }

  @PostMapping("/redaksi/mitra/{id}/ambil")
  String refreshNow(@PathVariable long id, RedirectAttributes redirect) {
    RefreshResult result = desk.refreshNow(id);
    String line = result.name() + ": " + result.summary();
    redirect.addFlashAttribute(result.failed() ? "error" : "notice", line);
    return "redirect:/redaksi/mitra";
  }

  private String refused(
      ChannelStatus status,
      ChannelFields fields,
      InvalidChannelException e,
      Model model,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>(e.errors());
    errors.putAll(fields.numberErrors());
    response.setStatus(422);
    model.addAttribute("error", "Kanal mitra belum disimpan: periksa isian yang ditandai.");
    model.addAttribute("page", new ChannelFormPage(status, fields, errors));
    return "newsroom/channel";
  }

  private String when(Instant instant) {
    return instant == null ? "-" : dates.dateLine(instant);
  }
}
