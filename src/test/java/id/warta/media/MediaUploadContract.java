package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.article.TestContent;
import id.warta.newsroom.Images;
import id.warta.newsroom.Staff;
import id.warta.platform.StorageProperties;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

abstract class MediaUploadContract {
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired MediaRepository media;
  @Autowired JdbcClient jdbc;
  @Autowired StorageProperties storage;

  NewsroomUser writer;
  NewsroomUser editor;

  @BeforeEach
  void setUp() {
    writer = Staff.of(context).create(Role.WRITER);
    editor = Staff.of(context).create(Role.EDITOR);
  }

  private MockHttpServletResponse upload(String name, String type, byte[] bytes, String credit)
      throws Exception {
    return mvc.perform(
            multipart("/redaksi/media")
                .file(new MockMultipartFile("berkas", name, type, bytes))
                .param("kredit", credit)
                .param("keterangan", "Suasana pasar pagi di Jakarta")
                .param("alt", "Pedagang sayur melayani pembeli")
                .with(Staff.as(writer))
                .with(csrf()))
        .andReturn()
        .getResponse();
  }

  private long mediaRows() {
    return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
  }

  private long mediaFiles() throws Exception {
    Path dir = storage.mediaDir();
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void aGoodUploadMakesEveryRenditionWithoutLocationMetadata() throws Exception {
    byte[] jpeg = Images.jpegWithGps();
    assertThat(Images.contains(jpeg, "GPSLatitude")).isTrue();
    var response = upload("pasar.jpg", "image/jpeg", jpeg, "Warta/Budi");
    assertThat(response.getStatus()).isEqualTo(302);
    MediaAsset asset = media.findRecent(1).getFirst();
    assertThat(asset.credit()).isEqualTo("Warta/Budi");
    assertThat(asset.contentType()).isEqualTo("image/jpeg");
    for (Rendition r : Rendition.values()) {
      Path file = storage.mediaDir().resolve(r.url(asset.fileKey()).substring("/media/".length()));
      byte[] stored = Files.readAllBytes(file);
      var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
      assertThat(decoded).as(r.name()).isNotNull();
      // An 800×600 photo: renditions up to its size are exact, larger ones keep its size.
      if (r.width() <= 800 && r.height() <= 600) {
        assertThat(decoded.getWidth()).as(r.name()).isEqualTo(r.width());
        assertThat(decoded.getHeight()).as(r.name()).isEqualTo(r.height());
      } else {
        assertThat(decoded.getWidth()).as(r.name()).isLessThanOrEqualTo(800);
        assertThat(decoded.getHeight()).as(r.name()).isLessThanOrEqualTo(600);
        assertThat((double) decoded.getWidth() / decoded.getHeight())
            .as(r.name())
            .isCloseTo((double) r.width() / r.height(), org.assertj.core.data.Offset.offset(0.01));
      }
      assertThat(Images.contains(stored, "GPS")).as(r.name()).isFalse();
      assertThat(Images.contains(stored, "Exif")).as(r.name()).isFalse();
    }
    var served = mvc.perform(get(asset.url(Rendition.SMALL))).andReturn().getResponse();
    assertThat(served.getStatus()).isEqualTo(200);
    assertThat(served.getContentAsByteArray()).hasSizeGreaterThan(1000);
    try (var files = Files.list(storage.mediaDir())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".upload-"));
    }
    assertThat(served.getHeader("Cache-Control"))
        .contains("max-age=31536000")
        .contains("immutable");
    var library =
        Jsoup.parse(
            mvc.perform(get("/redaksi/media").with(Staff.as(writer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(library.select(".media-grid img").eachAttr("src"))
        .contains(asset.url(Rendition.SMALL));
  }

  @Test
  void pngWebpAndGifAreAccepted() throws Exception {
    assertThat(upload("a.png", "image/png", Images.encode("png", 640, 480), "AFP").getStatus())
        .isEqualTo(302);
    assertThat(media.findRecent(1).getFirst().contentType()).isEqualTo("image/png");
    assertThat(upload("a.gif", "image/gif", Images.encode("gif", 640, 480), "AFP").getStatus())
        .isEqualTo(302);
    assertThat(media.findRecent(1).getFirst().contentType()).isEqualTo("image/gif");
    // The type comes from the bytes: a generic declared type is fine.
    assertThat(
            upload("kamera", "application/octet-stream", Images.encode("png", 320, 240), "AFP")
                .getStatus())
        .isEqualTo(302);
    assertThat(media.findRecent(1).getFirst().contentType()).isEqualTo("image/png");
  }

  static Stream<Arguments> badUploads() {
    byte[] random = new byte[5000];
    new Random(7).nextBytes(random);
    byte[] corruptJpeg = random.clone();
    corruptJpeg[0] = (byte) 0xff;
    corruptJpeg[1] = (byte) 0xd8;
    corruptJpeg[2] = (byte) 0xff;
    return Stream.of(
        Arguments.of("kosong", "a.jpg", "image/jpeg", new byte[0], "Pilih gambar"),
        Arguments.of("acak", "a.jpg", "image/jpeg", random, "Jenis berkas tidak didukung"),
        Arguments.of(
            "html",
            "a.jpg",
            "image/jpeg",
            "<html><script>alert(1)</script></html>".getBytes(),
            "Jenis berkas tidak didukung"),
        Arguments.of(
            "svg",
            "a.svg",
            "image/svg+xml",
            "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(),
            "Jenis berkas tidak didukung"),
        Arguments.of("jpeg rusak", "a.jpg", "image/jpeg", corruptJpeg, "rusak atau terpotong"),
        Arguments.of(
            "jpeg terpotong",
            "a.jpg",
            "image/jpeg",
            Images.truncated(Images.encode("jpg", 900, 600)),
            "rusak atau terpotong"),
        Arguments.of(
            "png terpotong",
            "a.png",
            "image/png",
            Images.truncated(Images.encode("png", 900, 600)),
            "rusak atau terpotong"),
        Arguments.of(
            "gif terpotong",
            "a.gif",
            "image/gif",
            Images.truncated(Images.encode("gif", 900, 600)),
            "rusak atau terpotong"),
        Arguments.of(
            "png bernama jpg",
            "a.jpg",
            "image/jpeg",
            Images.encode("png", 300, 200),
            "adalah gambar PNG"),
        Arguments.of(
            "jpeg berjenis gif",
            "a",
            "image/gif",
            Images.encode("jpg", 300, 200),
            "adalah gambar JPEG"),
        Arguments.of(
            "bom dekompresi",
            "a.png",
            "image/png",
            Images.pngClaiming(60_000, 60_000),
            "terlalu besar"),
        Arguments.of("terlalu besar", "a.png", "image/png", oversized(), "Berkas terlalu besar"));
  }

  private static byte[] oversized() {
    byte[] png = Images.encode("png", 10, 10);
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy(png, 0, big, 0, png.length);
    return big;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUploads")
  void badUploadsAreRefusedWithAClearMessageAndNothingStored(
      String label, String name, String type, byte[] bytes, String message) throws Exception {
    long rows = mediaRows();
    long files = mediaFiles();
    var response = upload(name, type, bytes, "AFP");
    assertThat(response.getStatus()).isEqualTo(422);
    var doc = Jsoup.parse(response.getContentAsString());
    assertThat(doc.select(".error").text()).contains(message);
    assertThat(doc.select("input#kredit").val()).isEqualTo("AFP");
    assertThat(mediaRows()).isEqualTo(rows);
    assertThat(mediaFiles()).isEqualTo(files);
  }

  @Test
  void creditCaptionAndAltAreRequired() throws Exception {
    long rows = mediaRows();
    var response = upload("a.png", "image/png", Images.encode("png", 300, 200), " ");
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(response.getContentAsString()).select(".error").text())
        .isEqualTo("Kredit, keterangan dan teks alternatif wajib diisi.");
    assertThat(mediaRows()).isEqualTo(rows);
  }

  @Test
  void mediaInUseCannotBeDeletedUnusedMediaCan() throws Exception {
    var content = TestContent.of(context);
    MediaAsset lead = content.image("AFP", "Foto utama", "Alt");
    MediaAsset inline = content.image("AFP", "Foto di isi", "Alt");
    MediaAsset unused = content.image("AFP", "Tidak dipakai", "Alt");
    var section = content.section("Kanal Media");
    var author = content.author("Penulis Media");
    content.article(section, author).title(TestContent.unique("Memakai foto")).image(lead).create();
    content
        .article(section, author)
        .title(TestContent.unique("Foto di isi"))
        .body("<p>a</p><img src=\"" + inline.url(Rendition.MEDIUM) + "\" alt=\"x\">")
        .create();

    for (MediaAsset used : new MediaAsset[] {lead, inline}) {
      var refused =
          mvc.perform(
                  post("/redaksi/media/" + used.id() + "/hapus")
                      .with(Staff.as(editor))
                      .with(csrf())
                      .param("yakin", "1"))
              .andReturn();
      assertThat((String) refused.getFlashMap().get("error")).contains("masih dipakai");
      assertThat(media.findById(used.id())).isPresent();
    }
    assertThat(
            mvc.perform(
                    post("/redaksi/media/" + unused.id() + "/hapus")
                        .with(Staff.as(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    // Without the confirmation ticked nothing is deleted.
    var unconfirmed =
        mvc.perform(
                post("/redaksi/media/" + unused.id() + "/hapus")
                    .with(Staff.as(editor))
                    .with(csrf()))
            .andReturn();
    assertThat((String) unconfirmed.getFlashMap().get("error")).contains("konfirmasi");
    assertThat(media.findById(unused.id())).isPresent();
    var deleted =
        mvc.perform(
                post("/redaksi/media/" + unused.id() + "/hapus")
                    .with(Staff.as(editor))
                    .with(csrf())
                    .param("yakin", "1"))
            .andReturn();
    assertThat((String) deleted.getFlashMap().get("notice"))
        .isEqualTo("Foto dihapus dari pustaka.");
    assertThat(media.findById(unused.id())).isEmpty();
    assertThat(storage.mediaDir().resolve(unused.url(Rendition.SMALL).substring(7))).doesNotExist();
  }
}
