package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.WartaTest;
import id.warta.platform.StorageProperties;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WartaTest
class MediaLibraryTest {
  @Autowired MediaLibrary library;
  @Autowired MediaRepository repository;
  @Autowired StorageProperties storage;
  @Autowired MockMvc mvc;

  @Test
  void makesEveryRenditionOnceAsARealJpegAndServesItForever() throws Exception {
    var asset =
        library.add(
            png(1200, 900), "image/png", new MediaLibrary.Description("AFP", "Keterangan", "Alt"));

    for (Rendition rendition : Rendition.values()) {
      Path file = storage.mediaDir().resolve(rendition.fileName(asset.fileKey()));
      BufferedImage written = ImageIO.read(file.toFile());
      assertThat(written).as(rendition.name()).isNotNull();
      assertThat(written.getWidth() * rendition.height())
          .isEqualTo(written.getHeight() * rendition.width());
      var response =
          mvc.perform(MockMvcRequestBuilders.get(asset.url(rendition))).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getContentType()).isEqualTo("image/jpeg");
      assertThat(response.getHeader("Cache-Control"))
          .contains("immutable")
          .contains("max-age=31536000");
    }
    // Only files: the e-paper keeps its page images in the media directory's epaper/ folder.
    try (Stream<Path> files = Files.list(storage.mediaDir())) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("no temporary files are left behind")
          .allMatch(name -> name.matches("[0-9a-f]{24}-[0-9]+x[0-9]+\\.jpg"));
    }
  }

  @Test
  void anUploadWhoseTransactionFailsLeavesNeitherAssetNorFiles() throws Exception {
    byte[] bytes = png(777, 555);
    var description = new MediaLibrary.Description("Warta", "Gagal disimpan", "Alt");
    long filesBefore = renditionFiles();
    java.util.concurrent.atomic.AtomicReference<MediaAsset> recorded =
        new java.util.concurrent.atomic.AtomicReference<>();
    assertThatThrownBy(
            () ->
                library.upload(
                    bytes,
                    "gagal.png",
                    "image/png",
                    description,
                    asset -> {
                      recorded.set(asset);
                      throw new IllegalStateException("audit tidak dapat ditulis");
                    }))
        .hasMessage("audit tidak dapat ditulis");

    // The renditions were written before the transaction, and removed when it rolled back.
    assertThat(recorded.get()).isNotNull();
    assertThat(repository.findByFileKey(recorded.get().fileKey())).isEmpty();
    for (Rendition rendition : Rendition.values()) {
      assertThat(storage.mediaDir().resolve(rendition.fileName(recorded.get().fileKey())))
          .doesNotExist();
    }
    assertThat(renditionFiles()).isEqualTo(filesBefore);

    // The same image again is stored whole.
    var asset = library.upload(bytes, "lagi.png", "image/png", description);
    for (Rendition rendition : Rendition.values()) {
      assertThat(storage.mediaDir().resolve(rendition.fileName(asset.fileKey()))).exists();
    }
  }

  private long renditionFiles() throws Exception {
    if (!Files.isDirectory(storage.mediaDir())) {
      return 0;
    }
    try (Stream<Path> files = Files.list(storage.mediaDir())) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void theSameImageTwiceIsOneAsset() throws Exception {
    byte[] bytes = png(640, 480);
    var first = library.add(bytes, "image/png", new MediaLibrary.Description("A", "B", "C"));
    var second = library.add(bytes, "image/png", new MediaLibrary.Description("A", "B", "C"));
    assertThat(second.id()).isEqualTo(first.id());
  }

  @Test
  void refusesWhatIsNotAnImageAndImagesWithoutCreditCaptionOrAlt() {
    assertThatThrownBy(
            () ->
                library.add(
                    "bukan gambar".getBytes(),
                    "image/png",
                    new MediaLibrary.Description("A", "B", "C")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MediaLibrary.Description("AFP", " ", "Alt"))
        .hasMessage("Kredit, keterangan dan teks alternatif wajib diisi.");
  }

  static byte[] png(int width, int height) throws Exception {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new java.awt.Color(width * 31 % 255, height * 17 % 255, 120));
    g.fillRect(0, 0, width, height);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
