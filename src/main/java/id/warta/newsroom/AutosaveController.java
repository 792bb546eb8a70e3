package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.platform.BadRequestException;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.ForbiddenException;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what is typed into the editor on the server (every 30 seconds while typing and when the
 * page is left), so that it can be restored in another browser after a crash. The editor's script
 * posts the form's text fields here; the save itself still goes through the form.
 */
@Controller
@NewsroomScreen
class AutosaveController {
  /** The editor fields worth keeping; the rest (version, CSRF token, buttons) is not typing. */
  static final List<String> FIELDS =
      List.of(
          "judul",
          "ringkasan",
          "isi",
          "sumber",
          "kodeEditor",
          "tag",
          "bacaJuga",
          "bacaJugaDalam",
          "slug",
          "seoJudul",
          "seoDeskripsi");

  private final Autosaves autosaves;
  private final Workflow workflow;
  private final JsonMapper json;
  private final Clock clock;

  AutosaveController(Autosaves autosaves, Workflow workflow, JsonMapper json, Clock clock) {
    this.autosaves = autosaves;
    this.workflow = workflow;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping("/redaksi/artikel/baru/autosimpan")
  ResponseEntity<Void> keepNew(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam Map<String, String> form) {
    return keep(principal.actor(), Autosaves.NEW_ARTICLE, form);
  }

  @PostMapping("/redaksi/artikel/{id:[0-9]+}/autosimpan")
  ResponseEntity<Void> keep(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @RequestParam Map<String, String> form) {
    Article article = workflow.find(id);
    if (!workflow.canEdit(principal.actor(), article)) {
      throw new ForbiddenException("Anda tidak dapat mengubah artikel ini.");
    }
    return keep(principal.actor(), id, form);
  }

  private ResponseEntity<Void> keep(Actor actor, long articleKey, Map<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = form.get(field);
      if (value != null) {
        values.put(field, ArticleForm.withoutControls(value));
      }
    }
    if (values.isEmpty()) {
      throw new BadRequestException("Tidak ada ketikan untuk disimpan.");
    }
    String fields = json.writeValueAsString(values);
    if (fields.length() > Autosaves.MAX_FIELDS) {
      throw new BadRequestException("Ketikan terlalu panjang untuk disimpan otomatis.");
    }
    autosaves.keep(actor.id(), articleKey, fields, clock.instant());
    return ResponseEntity.noContent().build();
  }
}
