package id.warta.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An editor writes a static page in the newsroom; readers find it at its address, in every footer
 * and the sitemap.
 */
@WartaTest
class StaticPageJourneyTest {
  @Autowired MockMvc mvc;
  @Autowired StaticPages pages;

  private static RequestPostProcessor editor() {
    return user("redaktur-uji").roles("EDITOR", "WRITER");
  }

  private Document read(String path, int status) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(status);
    return Jsoup.parse(response.getContentAsString());
  }

  @Test
  void anEditorsPageReachesReadersTheFooterAndTheSitemap() throws Exception {
    String title = TestContent.unique("Iklan dan Kerja Sama");
    var created =
        mvc.perform(
                post("/redaksi/halaman/baru")
                    .with(editor())
                    .with(csrf())
                    .param("judul", title)
                    .param("isi", "<p>Hubungi bagian iklan.</p><p onclick=\"x()\">Tarif</p>")
                    .param("terbit", "true"))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(302);
    StaticPage page = pages.findBySlug(id.warta.platform.Slugs.of(title)).orElseThrow();

    Document reader = read(page.path(), 200);
    assertThat(reader.select("h1").text()).isEqualTo(title);
    assertThat(reader.select(".article-body").html())
        .contains("Hubungi bagian iklan.")
        .doesNotContain("onclick");
    Document home = read("/indeks", 200);
    assertThat(home.select("footer a[href=" + page.path() + "]").text()).isEqualTo(title);
    assertThat(home.select("footer a[href=/halaman/pedoman-media-siber]").text())
        .isEqualTo("Pedoman Media Siber");
    assertThat(
            mvc.perform(get("/sitemap/kanal.xml")).andReturn().getResponse().getContentAsString())
        .contains("/halaman/" + page.slug() + "</loc>", "/halaman/kebijakan-privasi</loc>");

    // the editor's form shows the page and its revision; a second save over an old version is
    // refused, text kept
    String form =
        mvc.perform(get("/redaksi/halaman/" + page.id()).with(editor()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(form).select("#judul").val()).isEqualTo(title);
    mvc.perform(
        post("/redaksi/halaman/" + page.id())
            .with(editor())
            .with(csrf())
            .param("versi", String.valueOf(page.version()))
            .param("judul", title)
            .param("slug", page.slug())
            .param("isi", "<p>Tarif baru 2027.</p>")
            .param("terbit", "true"));
    var stale =
        mvc.perform(
                post("/redaksi/halaman/" + page.id())
                    .with(editor())
                    .with(csrf())
                    .param("versi", String.valueOf(page.version()))
                    .param("judul", title)
                    .param("slug", page.slug())
                    .param("isi", "<p>Teks yang tidak boleh hilang.</p>")
                    .param("terbit", "true"))
            .andReturn()
            .getResponse();
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(Jsoup.parse(stale.getContentAsString()).select("#isi-halaman").text())
        .contains("Teks yang tidak boleh hilang.");
    assertThat(read(page.path(), 200).select(".article-body").text()).isEqualTo("Tarif baru 2027.");

    // unpublished: gone for readers and from the footer
    mvc.perform(
        post("/redaksi/halaman/" + page.id())
            .with(editor())
            .with(csrf())
            .param("versi", String.valueOf(page.version() + 1))
            .param("judul", title)
            .param("slug", page.slug())
            .param("isi", "<p>Tarif baru 2027.</p>"));
    read(page.path(), 404);
    assertThat(read("/indeks", 200).select("footer a[href=" + page.path() + "]")).isEmpty();
  }

  @Test
  void writersCannotEditPages() throws Exception {
    var response =
        mvc.perform(get("/redaksi/halaman").with(user("penulis-uji").roles("WRITER")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
  }
}
