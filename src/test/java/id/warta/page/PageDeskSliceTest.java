package id.warta.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import id.warta.TestClock;
import id.warta.platform.MetricsProperties;
import id.warta.platform.RequestValues;
import id.warta.platform.SiteProperties;
import id.warta.platform.StorageProperties;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The static-page screens of the newsroom (/redaksi/halaman) from their controller, the newsroom
 * frame and error pages ({@code NewsroomPages}) and the templates alone; the pages are the test's.
 * The public site's filters and error pages are left out. {@code StaticPagesTest} keeps saving,
 * conflicts and revisions against the database.
 */
@WebMvcTest(
    properties = "warta.site.name=Warta Uji",
    controllers = PageDeskController.class,
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "id\\.warta\\.platform\\.SecurityConfiguration"),
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern =
                "id\\.warta\\.(platform\\.PageCacheFilter|redirect\\.RedirectFilter"
                    + "|site\\.SiteErrors)"))
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@EnableConfigurationProperties({
  SiteProperties.class,
  StorageProperties.class,
  MetricsProperties.class
})
@Import({RequestValues.class, TestClock.class})
class PageDeskSliceTest {
  static final Instant DAY = Instant.parse("2021-06-23T05:15:00Z");
  static final RequestPostProcessor EDITOR =
      user(
          new NewsroomPrincipal(
              new NewsroomUser(1, "redaktur", "Redaktur Uji", Role.EDITOR, true, null), null));

  @Autowired MockMvc mvc;
  @MockitoBean StaticPages pages;

  @Test
  void theListShowsEveryPageWithItsAddressStatusAndRevision() throws Exception {
    when(pages.all())
        .thenReturn(
            List.of(
                new StaticPage(1, "tentang-kami", "Tentang Kami", "<p>Kami.</p>", true, 1, 3, DAY),
                new StaticPage(2, "pedoman", "Pedoman Media Siber", "<p>x</p>", false, 2, 1, DAY)));

    Document doc = page("/redaksi/halaman");

    assertThat(doc.selectFirst("h1").text()).isEqualTo("Halaman");
    assertThat(doc.select("a[href=/redaksi/halaman/baru]").text()).isEqualTo("Tulis halaman baru");
    assertThat(doc.select("table.pages tbody tr"))
        .extracting(row -> row.select("td").eachText())
        .containsExactly(
            List.of("Tentang Kami", "/halaman/tentang-kami", "Terbit", "3"),
            List.of("Pedoman Media Siber", "/halaman/pedoman", "Draf", "1"));
    // Only a published page links to where readers see it.
    assertThat(doc.select("table.pages td a").eachAttr("href"))
        .containsExactly("/redaksi/halaman/1", "/halaman/tentang-kami", "/redaksi/halaman/2");
  }

  @Test
  void aPagesFormHoldsItsTextAndAMissingPageIsAnIndonesian404() throws Exception {
    when(pages.findById(1))
        .thenReturn(
            Optional.of(
                new StaticPage(
                    1, "tentang-kami", "Tentang Kami", "<p>Kami.</p>", true, 1, 3, DAY)));

    Document doc = page("/redaksi/halaman/1");
    assertThat(doc.select("input[name=judul]").val()).isEqualTo("Tentang Kami");
    assertThat(doc.select("input[name=slug]").val()).isEqualTo("tentang-kami");
    assertThat(doc.select("textarea[name=isi]").text()).isEqualTo("<p>Kami.</p>");

    var missing = mvc.perform(get("/redaksi/halaman/2").with(EDITOR)).andReturn().getResponse();
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(
            Jsoup.parse(missing.getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("h1")
                .text())
        .isEqualTo("Tidak ditemukan");
    assertThat(missing.getHeader("Cache-Control")).isEqualTo("no-store");
  }

  private Document page(String path) throws Exception {
    var response = mvc.perform(get(path).with(EDITOR)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
