package id.warta.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The service the newsroom's channel screens stand on: validation, editing, switching on/off. */
@WartaTest
class ChannelAdminTest {
  @Autowired ChannelAdmin admin;
  @Autowired ChannelRepository channels;
  @Autowired MockMvc mvc;

  @Test
  void createsAChannelWithASlugFromItsNameDueForItsFirstFetch() {
    String name = TestContent.unique("Kabar Desa");
    var status =
        admin.create(
            ChannelForm.of(name, "https://kabardesa.example", "https://kabardesa.example/feed"));

    assertThat(status.channel().slug()).isEqualTo(id.warta.platform.Slugs.of(name));
    assertThat(status.channel().refreshMinutes()).isEqualTo(30);
    assertThat(status.channel().maxItems()).isEqualTo(10);
    assertThat(status.dueAt(Instant.now())).isTrue();
    assertThat(status.summary()).isEqualTo("Belum pernah diambil; 0 berita tersimpan.");
    assertThat(admin.list()).extracting(s -> s.channel().id()).contains(status.channel().id());
    admin.disable(status.channel().id());
  }

  @Test
  void refusesFeedsThatAreNotWebAddressesAndNumbersOutOfRange() {
    var form = new ChannelForm("", "", "situs-mitra", "javascript:alert(1)", 1, 0, -1, true);

    assertThatThrownBy(() -> admin.create(form))
        .isInstanceOfSatisfying(
            InvalidChannelException.class,
            e ->
                assertThat(e.errors())
                    .containsEntry("name", "Nama kanal wajib diisi.")
                    .containsEntry(
                        "siteUrl",
                        "Alamat situs mitra harus alamat web lengkap yang diawali http:// atau"
                            + " https://.")
                    .containsEntry(
                        "feedUrl",
                        "Alamat umpan (RSS/Atom) harus alamat web lengkap yang diawali http:// atau"
                            + " https://.")
                    .containsEntry(
                        "refreshMinutes", "Selang pengambilan harus antara 5 dan 1440 menit.")
                    .containsEntry("maxItems", "Jumlah berita harus antara 1 dan 50.")
                    .containsEntry("position", "Urutan harus antara 0 dan 999."));
  }

  @Test
  void refusesFtpFeedsMissingNumbersAndBadSlugs() {
    var form =
        new ChannelForm(
            "Mitra",
            "Huruf Besar!",
            "https://m.example",
            "ftp://m.example/rss",
            null,
            100,
            0,
            true);

    assertThatThrownBy(() -> admin.create(form))
        .isInstanceOfSatisfying(
            InvalidChannelException.class,
            e ->
                assertThat(e.errors())
                    .containsKeys("slug", "feedUrl", "refreshMinutes", "maxItems")
                    .containsEntry("refreshMinutes", "Selang pengambilan wajib diisi.")
                    .containsEntry("maxItems", "Jumlah berita harus antara 1 dan 50."));
  }

  @Test
  void refusesASlugAnotherChannelHas() {
    String name = TestContent.unique("Mitra Kembar");
    var first = admin.create(ChannelForm.of(name, "https://a.example", "https://a.example/rss"));

    assertThatThrownBy(
            () -> admin.create(ChannelForm.of(name, "https://b.example", "https://b.example/rss")))
        .isInstanceOfSatisfying(
            InvalidChannelException.class,
            e ->
                assertThat(e.errors())
                    .containsEntry(
                        "slug",
                        "Alamat kanal /mitra/"
                            + first.channel().slug()
                            + " sudah dipakai kanal lain."));
    admin.disable(first.channel().id());
  }

  @Test
  void editingKeepsTheChannelAndUnknownChannelsAreNotFound() {
    var created =
        admin.create(
            ChannelForm.of(
                TestContent.unique("Mitra Ubah"), "https://u.example", "https://u.example/rss"));
    long id = created.channel().id();

    var form = ChannelForm.of(created.channel());
    var edited =
        admin.update(
            id,
            new ChannelForm(
                "Nama Baru " + id,
                form.slug(),
                form.siteUrl(),
                "https://u.example/atom",
                60,
                20,
                5,
                false));

    assertThat(edited.channel().name()).isEqualTo("Nama Baru " + id);
    assertThat(edited.channel().feedUrl()).isEqualTo("https://u.example/atom");
    assertThat(edited.channel().refreshMinutes()).isEqualTo(60);
    assertThat(edited.channel().enabled()).isFalse();
    assertThatThrownBy(() -> admin.status(-5)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> admin.refreshNow(-5)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aDisabledChannelLeavesTheSiteAndKeepsItsItems() throws Exception {
    String name = TestContent.unique("Mitra Beranda");
    var created = admin.create(ChannelForm.of(name, "https://h.example", "https://h.example/rss"));
    long id = created.channel().id();
    channels.upsertItem(
        id, "h1", "Kabar dari Mitra " + id, "https://h.example/1", "", Instant.now());

    var home =
        Jsoup.parse(
            mvc.perform(get("/"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    var link = home.selectFirst("section.channel a[href=https://h.example/1]");
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("Kabar dari Mitra " + id);
    assertThat(link.attr("rel")).contains("noopener");

    admin.disable(id);
    mvc.perform(get(created.channel().path())).andExpect(status().isNotFound());
    var after =
        Jsoup.parse(
            mvc.perform(get("/"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(after.select("a[href=https://h.example/1]")).isEmpty();
    assertThat(admin.status(id).summary()).isEqualTo("Nonaktif; 1 berita tersimpan.");

    admin.enable(id);
    mvc.perform(get(created.channel().path())).andExpect(status().isOk());
    admin.disable(id);
  }
}
