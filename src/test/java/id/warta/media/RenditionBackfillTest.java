package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.platform.StorageProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@WartaTest
class RenditionBackfillTest {
  @Autowired ApplicationContext context;
  @Autowired MediaLibrary library;
  @Autowired StorageProperties storage;

  @Test
  void everyUploadGetsEveryRenditionInItsShape() throws Exception {
    MediaAsset asset = TestContent.of(context).image("AFP", "Keterangan.", "Teks alternatif");
    for (Rendition r : Rendition.values()) {
      Path file = storage.mediaDir().resolve(r.fileName(asset.fileKey()));
      var image = ImageIO.read(file.toFile());
      // TestContent's images are 900×600: never enlarged, always the rendition's shape.
      assertThat(image.getWidth())
          .as(r.name())
          .isEqualTo(Math.min(r.width(), MediaLibrary.size(r, 900, 600)[0]));
      assertThat(image.getHeight())
          .as(r.name())
          .isEqualTo(Math.min(r.height(), MediaLibrary.size(r, 900, 600)[1]));
      assertThat(image.getWidth()).as(r.name()).isLessThanOrEqualTo(900);
      assertThat(Files.getPosixFilePermissions(file))
          .as(r.name())
          .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }
  }

  @Test
  void renditionsMissingFromOlderUploadsAreMadeFromTheLargestOne() throws Exception {
    MediaAsset asset = TestContent.of(context).image("AFP", "Keterangan lama.", "Foto lama");
    Path square = storage.mediaDir().resolve(Rendition.SQUARE.fileName(asset.fileKey()));
    Path wide = storage.mediaDir().resolve(Rendition.WIDE.fileName(asset.fileKey()));
    Files.delete(square);
    Files.delete(wide);

    assertThat(library.addMissingRenditions()).isEqualTo(2);

    // From the 900×600 image's largest rendition (not enlarged): its shape, at most its size.
    assertThat(ImageIO.read(square.toFile()).getWidth())
        .isEqualTo(MediaLibrary.size(Rendition.SQUARE, 900, 600)[0]);
    assertThat(ImageIO.read(wide.toFile()).getHeight())
        .isEqualTo(MediaLibrary.size(Rendition.WIDE, 900, 600)[1]);
    assertThat(library.addMissingRenditions()).isZero();
  }
}
