package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import id.warta.article.ArticleSummary;
import id.warta.platform.SiteProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The modules' HTML is rendered once per set of modules and is what the template makes. */
class ModulesTest {
  static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
  static final SiteProperties SITE = HostileArticlePageTest.SITE;

  static Modules modules(String title, Set<Long> live) {
    var article =
        new ArticleSummary(
            7,
            title,
            "judul",
            "nasional",
            "Nasional",
            "Lead.",
            Instant.parse("2026-12-03T02:00:00Z"),
            Instant.parse("2026-12-03T02:00:00Z"),
            null);
    var latest = new SectionModule("Berita Terkini", "/indeks", List.of(article));
    var popular = new SectionModule("Berita Populer", "/populer", List.of(article));
    return new Modules(
        null, latest, List.of(), popular, null, SITE.dates(), SITE.name(), Set.of(), live);
  }

  static String render(Modules m) {
    var out = new StringOutput();
    TEMPLATES.render("parts/modules.jte", Map.of("m", m), out);
    return out.toString();
  }

  @Test
  void theSameModulesGiveTheSameHtmlAndChangedModulesTheirOwn() {
    Modules first = modules("Banjir <surut> & warga pulang", Set.of());
    String html = render(first);
    assertThat(html)
        .contains("Berita Terkini", "Berita Populer")
        .contains("Banjir &lt;surut&gt; &amp; warga pulang")
        .doesNotContain("<surut>")
        .doesNotContain("Langsung");
    assertThat(render(first)).isEqualTo(html);

    // Equal by value but another instance (a reload after a change): rendered on its own.
    Modules live = modules("Banjir <surut> & warga pulang", Set.of(7L));
    assertThat(render(live)).contains("Langsung").isNotEqualTo(html);
    assertThat(render(modules("Judul lain", Set.of()))).contains("Judul lain");
    assertThat(render(first)).isEqualTo(html);
  }

  @Test
  void theTemplateRunsOncePerInstance() {
    Modules m = modules("Judul", Set.of());
    int[] runs = {0};
    gg.jte.html.HtmlContent template =
        output -> {
          runs[0]++;
          output.writeContent("<div>modul</div>");
        };
    for (int i = 0; i < 3; i++) {
      var out = new StringOutput();
      m.html(template).writeTo(new OwaspHtmlTemplateOutput(out));
      assertThat(out.toString()).isEqualTo("<div>modul</div>");
    }
    assertThat(runs[0]).isEqualTo(1);
    modules("Judul", Set.of())
        .html(template)
        .writeTo(new OwaspHtmlTemplateOutput(new StringOutput()));
    assertThat(runs[0]).isEqualTo(2);
  }
}
