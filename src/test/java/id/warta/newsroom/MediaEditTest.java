package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warta.WartaTest;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.TestContent;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.media.Rendition;
import id.warta.platform.StorageProperties;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Credit, caption and alt stay editable after upload; search; re-uploads; small images. */
@WartaTest
class MediaEditTest {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired MediaRepository media;
  @Autowired ArticleRepository articles;
  @Autowired StorageProperties storage;

  NewsroomUser writer;

  @BeforeEach
  void setUp() {
    writer = Staff.of(context).create(Role.WRITER);
  }

  private MvcResult upload(byte[] bytes, String credit, String caption) throws Exception {
    return mvc.perform(
            multipart("/redaksi/media")
                .file(new MockMultipartFile("berkas", "foto.png", "image/png", bytes))
                .with(Staff.as(writer))
                .with(csrf())
                .param("kredit", credit)
                .param("keterangan", caption)
                .param("alt", "Alt " + caption))
        .andReturn();
  }

  @Test
  void creditCaptionAndAltAreCorrectedAfterUploadAndShowOnTheArticle() throws Exception {
    var content = TestContent.of(context);
    MediaAsset photo = content.image("AFP", "Keterangan lama", "Alt lama");
    var section = content.section("Kanal Foto");
    var author = content.author("Penulis Foto");
    long article =
        content
            .article(section, author)
            .title(TestContent.unique("Berita Berfoto"))
            .image(photo)
            .create();

    var saved =
        mvc.perform(
                post("/redaksi/media/" + photo.id())
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("kredit", "Reuters/Ani")
                    .param("keterangan", "Keterangan baru")
                    .param("alt", "Alt baru"))
            .andReturn()
            .getResponse();
    assertThat(saved.getRedirectedUrl()).isEqualTo("/redaksi/media/" + photo.id());
    MediaAsset after = media.findById(photo.id()).orElseThrow();
    assertThat(after.credit()).isEqualTo("Reuters/Ani");
    assertThat(after.caption()).isEqualTo("Keterangan baru");
    assertThat(after.altText()).isEqualTo("Alt baru");
    var a =
        context.getBean(id.warta.article.ArticleRepository.class).findById(article).orElseThrow();
    String page =
        mvc.perform(get("/" + section.slug() + "/" + article + "/" + a.slug()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Reuters/Ani").contains("Alt baru");

    var empty =
        mvc.perform(
                post("/redaksi/media/" + photo.id())
                    .with(Staff.as(writer))
                    .with(csrf())
                    .param("kredit", "")
                    .param("keterangan", "x")
                    .param("alt", "y"))
            .andReturn()
            .getResponse();
    assertThat(empty.getStatus()).isEqualTo(422);
    assertThat(media.findById(photo.id()).orElseThrow().credit()).isEqualTo("Reuters/Ani");
  }

  @Test
  void aCorrectedCreditReachesAPhotoInsideAPublishedBodyAlreadyShownToReaders() throws Exception {
    var photo = TestContent.of(context).image("AFP", "Keterangan foto dalam isi", "Alt dalam isi");
    var section = TestContent.of(context).section("Kanal Foto Isi");
    long article = articleShowing(section, photo, ArticleStatus.PUBLISHED);
    String path =
        "/"
            + section.slug()
            + "/"
            + article
            + "/"
            + articles.findById(article).orElseThrow().slug();
    // A reader saw the page: the body is rendered and kept with the old credit.
    assertThat(inlineCredit(path, null)).isEqualTo("AFP");

    describe(photo, "Reuters/Ani");

    // The correction shows at once, not only at the article's next save.
    assertThat(inlineCredit(path, null)).isEqualTo("Reuters/Ani");
  }

  @Test
  void aCorrectedCreditReachesTheBodyOfADraftInItsPreview() throws Exception {
    var photo = TestContent.of(context).image("AFP", "Keterangan foto draf", "Alt draf");
    var section = TestContent.of(context).section("Kanal Foto Draf");
    long article = articleShowing(section, photo, ArticleStatus.DRAFT);
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    String preview = "/redaksi/artikel/" + article + "/pratinjau";
    assertThat(inlineCredit(preview, editor)).isEqualTo("AFP");

    describe(photo, "Antara/Budi");

    assertThat(inlineCredit(preview, editor)).isEqualTo("Antara/Budi");
  }

  private long articleShowing(Section section, MediaAsset photo, ArticleStatus status) {
    var content = TestContent.of(context);
    return content
        .article(section, content.author("Penulis Foto Isi"))
        .title(TestContent.unique("Berita Foto Dalam Isi"))
        .status(status)
        .body(
            "<p>Paragraf pertama.</p><figure><img src=\""
                + Rendition.MEDIUM.url(photo.fileKey())
                + "\"><figcaption>Keterangan penulis</figcaption></figure>")
        .create();
  }

  private void describe(MediaAsset photo, String credit) throws Exception {
    mvc.perform(
            post("/redaksi/media/" + photo.id())
                .with(Staff.as(writer))
                .with(csrf())
                .param("kredit", credit)
                .param("keterangan", photo.caption())
                .param("alt", photo.altText()))
        .andExpect(status().is3xxRedirection());
  }

  private String inlineCredit(String path, NewsroomUser user) throws Exception {
    var request = get(path);
    if (user != null) {
      request.with(Staff.as(user));
    }
    var response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString())
        .select(".body figure.inline-photo .credit")
        .text();
  }

  @Test
  void correctingAndDeletingAPhotoAreInTheAuditLog() throws Exception {
    MediaAsset photo = TestContent.of(context).image("AFP", "Kapal di pelabuhan", "Kapal");
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    mvc.perform(
        post("/redaksi/media/" + photo.id())
            .with(Staff.as(writer))
            .with(csrf())
            .param("kredit", "Reuters/Ani")
            .param("keterangan", "Kapal di pelabuhan")
            .param("alt", "Kapal"));
    // Refused input records nothing.
    mvc.perform(
        post("/redaksi/media/" + photo.id())
            .with(Staff.as(writer))
            .with(csrf())
            .param("kredit", "")
            .param("keterangan", "Kapal di pelabuhan")
            .param("alt", "Kapal"));
    assertThat(auditRows("media " + photo.id()))
        .containsExactly(
            writer.displayName()
                + " | MEDIA_DESCRIBED | media "
                + photo.id()
                + " | kredit: AFP → Reuters/Ani");

    mvc.perform(
        post("/redaksi/media/" + photo.id() + "/hapus")
            .with(Staff.as(editor))
            .with(csrf())
            .param("yakin", "1"));
    assertThat(media.findById(photo.id())).isEmpty();
    assertThat(auditRows("media " + photo.id()))
        .containsExactly(
            editor.displayName()
                + " | MEDIA_DELETED | media "
                + photo.id()
                + " | Kapal di pelabuhan",
            writer.displayName()
                + " | MEDIA_DESCRIBED | media "
                + photo.id()
                + " | kredit: AFP → Reuters/Ani");
  }

  /** The audit log's rows about a target as an admin reads them: who | action | target | detail. */
  private java.util.List<String> auditRows(String target) throws Exception {
    String html =
        mvc.perform(get("/redaksi/audit").with(Staff.as(Staff.of(context).create(Role.ADMIN))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return org.jsoup.Jsoup.parse(html).select("tbody tr").stream()
        .filter(tr -> tr.child(3).text().equals(target))
        .map(
            tr ->
                tr.child(1).text()
                    + " | "
                    + tr.child(2).text()
                    + " | "
                    + tr.child(3).text()
                    + " | "
                    + tr.child(4).text())
        .toList();
  }

  @Test
  void theLibrarySearchesCaptionsAndCredits() throws Exception {
    String word = "lumbung" + TestContent.unique("").replaceAll("\\D", "");
    var content = TestContent.of(context);
    content.image("Antara", "Panen di " + word, "Alt");
    content.image("Kantor " + word, "Lain", "Alt");
    content.image("Antara", "Tidak cocok", "Alt");
    var found =
        Jsoup.parse(
                mvc.perform(
                        get("/redaksi/media").param("q", word.toUpperCase()).with(Staff.as(writer)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .select(".media-grid figure");
    assertThat(found).hasSize(2);
  }

  @Test
  void anIdenticalReuploadKeepsTheNewTextAndSmallImagesAreNotEnlarged() throws Exception {
    byte[] small = Images.encode("png", 50, 50);
    var first = upload(small, "Kredit Awal", "Keterangan awal");
    assertThat((String) first.getFlashMap().get("notice"))
        .contains("kecil (50×50 piksel)")
        .contains("tidak diperbesar");
    MediaAsset asset = media.findRecent(1).getFirst();
    assertThat(asset.credit()).isEqualTo("Kredit Awal");
    for (Rendition r : Rendition.values()) {
      var image =
          javax.imageio.ImageIO.read(
              storage.mediaDir().resolve(r.url(asset.fileKey()).substring(7)).toFile());
      assertThat(image.getWidth()).as(r.name()).isLessThanOrEqualTo(50);
      assertThat(image.getHeight()).as(r.name()).isLessThanOrEqualTo(50);
    }

    var again = upload(small, "Kredit Baru", "Keterangan baru");
    assertThat((String) again.getFlashMap().get("notice"))
        .contains("sudah ada di pustaka (nomor " + asset.id() + ")");
    MediaAsset updated = media.findById(asset.id()).orElseThrow();
    assertThat(updated.credit()).isEqualTo("Kredit Baru");
    assertThat(updated.caption()).isEqualTo("Keterangan baru");
    assertThat(
            Files.exists(
                storage.mediaDir().resolve(Rendition.LARGE.url(asset.fileKey()).substring(7))))
        .isTrue();

    var editPage =
        Jsoup.parse(
            mvc.perform(get("/redaksi/media/" + asset.id()).with(Staff.as(writer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(editPage.select(".warning").text()).contains("tidak diperbesar");
    assertThat(editPage.select("form.delete")).isEmpty();
  }
}
