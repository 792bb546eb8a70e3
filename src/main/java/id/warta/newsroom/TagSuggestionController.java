package id.warta.newsroom;

import id.warta.article.TagRepository;
import id.warta.platform.desk.NewsroomScreen;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Existing tags as the editor types one, so that a near-duplicate is not created. */
@RestController
@NewsroomScreen
class TagSuggestionController {
  static final int LIMIT = 10;

  /** A suggested tag: its name as written and its slug (what makes two tags the same). */
  record Suggestion(String name, String slug) {}

  private final TagRepository tags;

  TagSuggestionController(TagRepository tags) {
    this.tags = tags;
  }

  @GetMapping("/redaksi/tag/saran")
  List<Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String q) {
    if (q.length() > 100) {
      return List.of();
    }
    return tags.suggest(q, LIMIT).stream().map(t -> new Suggestion(t.name(), t.slug())).toList();
  }
}
