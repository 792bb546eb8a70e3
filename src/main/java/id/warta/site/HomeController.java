package id.warta.site;

import id.warta.article.ArticleSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
  private final HomeLists lists;
  private final SiteModules modules;
  private final SiteFrames frames;
  private final SiteLayoutProperties layout;
  private final SiteDiscovery discovery;

  HomeController(
      HomeLists lists,
      SiteModules modules,
      SiteFrames frames,
      SiteLayoutProperties layout,
      SiteDiscovery discovery) {
    this.lists = lists;
    this.modules = modules;
    this.frames = frames;
    this.layout = layout;
    this.discovery = discovery;
  }

  @GetMapping("/")
  String home(HttpServletResponse response, Model model) {
    HomeLists.Shown shown = lists.shown();
    List<ArticleSummary> top = shown.top();
    var frame =
        frames.frame(
            null,
            "Berita terkini dan terpercaya dari "
                + frames.site().name()
                + ": nasional, internasional, ekonomi, olahraga dan humaniora.",
            "/",
            null);
    frame = frame.withMeta(discovery.home(frame.meta()));
    Modules shared = modules.build();
    Set<String> keys = new HashSet<>(shown.keys());
    keys.addAll(shared.keys());
    SitePages.cachePublicly(response, keys);
    model.addAttribute(
        "page",
        new HomePage(
            frame,
            top.isEmpty() ? null : top.getFirst(),
            top.size() > 1 ? top.subList(1, top.size()) : List.of(),
            shown.sections(),
            shared,
            layout.excerptLength()));
    return "site/home";
  }
}
