package id.warta.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.WartaTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The newsroom sees the redirect table and extends it; what it adds answers 301 at once. */
@WartaTest
class RedirectDeskTest {
  @Autowired MockMvc mvc;

  @Test
  void anEditorAddsAnOldAddressThatReadersAreSentOnFrom() throws Exception {
    String old = "/arsip-lama/" + UUID.randomUUID() + "/";
    var added =
        mvc.perform(
                post("/redaksi/pengalihan")
                    .with(user("redaktur").roles("EDITOR"))
                    .with(csrf())
                    .param("lama", "https://situs-lama.example" + old)
                    .param("tujuan", "/indeks"))
            .andReturn()
            .getResponse();
    assertThat(added.getStatus()).isEqualTo(302);

    var answer = mvc.perform(get(old)).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(301);
    assertThat(answer.getHeader("Location")).isEqualTo("/indeks");

    String table =
        mvc.perform(get("/redaksi/pengalihan").with(user("redaktur").roles("EDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(table).select("table.redirects td").eachText())
        .contains(old, "/indeks", "Redaksi");
  }

  @Test
  void aTargetOffTheSiteIsRefusedAndNothingChanges() throws Exception {
    String old = "/lama/" + UUID.randomUUID() + "/";
    var refused =
        mvc.perform(
                post("/redaksi/pengalihan")
                    .with(user("redaktur").roles("EDITOR"))
                    .with(csrf())
                    .param("lama", old)
                    .param("tujuan", "https://jahat.example/"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.getContentAsString()).select("[role=alert]").text())
        .contains("Alamat tujuan harus jalur");
    assertThat(mvc.perform(get(old)).andReturn().getResponse().getStatus()).isEqualTo(404);
  }
}
