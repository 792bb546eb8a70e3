package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.WartaTest;
import id.warta.platform.PixelBudget;
import id.warta.platform.StorageProperties;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Large uploads at once under a budget that holds one of them: they wait for each other and all
 * succeed, instead of running the heap out. The budget is set small here, as a server with a small
 * heap would size it.
 */
@WartaTest
@TestPropertySource(properties = "warta.memory.pixel-budget=16000000")
class MediaPixelBudgetTest {
  static final int WIDTH = 4000;
  static final int HEIGHT = 3000;

  @Autowired MediaLibrary library;
  @Autowired PixelBudget budget;
  @Autowired StorageProperties storage;

  @Test
  void concurrentLargeUploadsWaitForTheBudgetAndAllSucceed() throws Exception {
    // 12 MP each, 15 MP with the first halving: one at a time fits in 16 MP.
    assertThat(budget.capacity()).isEqualTo(16_000_000);
    List<byte[]> images = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      images.add(solidPng(WIDTH, HEIGHT, new java.awt.Color(40 * i, 90, 200 - 30 * i)));
    }
    assertThat(images).allSatisfy(png -> assertThat(png.length).isLessThan(200_000));

    ExecutorService uploaders = Executors.newFixedThreadPool(3);
    List<Future<MediaAsset>> uploads = new ArrayList<>();
    try {
      // The budget held elsewhere, as by a page being rendered: every upload has to wait.
      try (PixelBudget.Share held = budget.acquire(budget.capacity())) {
        for (byte[] png : images) {
          uploads.add(
              uploaders.submit(
                  () ->
                      library.upload(
                          png,
                          "besar.png",
                          "image/png",
                          new MediaLibrary.Description("AFP", "Foto besar", "Foto besar"))));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (budget.waiting() < 3 && System.nanoTime() < deadline) {
          Thread.yield();
        }
        assertThat(budget.waiting()).as("uploads waiting for the budget").isEqualTo(3);
        assertThat(uploads).noneMatch(Future::isDone);
      }
      for (Future<MediaAsset> upload : uploads) {
        MediaAsset asset = upload.get(120, TimeUnit.SECONDS);
        assertThat(asset.width()).isEqualTo(WIDTH);
        assertThat(asset.height()).isEqualTo(HEIGHT);
        for (Rendition rendition : Rendition.values()) {
          var file = storage.mediaDir().resolve(rendition.fileName(asset.fileKey()));
          var written = ImageIO.read(file.toFile());
          assertThat(written.getWidth()).as(rendition.name()).isEqualTo(rendition.width());
          assertThat(written.getHeight()).as(rendition.name()).isEqualTo(rendition.height());
        }
      }
    } finally {
      uploaders.shutdownNow();
    }
    assertThat(uploads.stream().map(f -> f.resultNow().id()).distinct()).hasSize(3);
    assertThat(budget.available()).as("every share given back").isEqualTo(budget.capacity());
  }

  @Test
  void anImageThatCouldNeverFitIsRefusedAtOnceWithTheReason() throws Exception {
    // 4000 × 4000 = 16 MP, 20 MP with the halving: more than this server's whole budget.
    byte[] png = solidPng(4000, 4000, java.awt.Color.ORANGE);
    long filesBefore = countFiles();
    assertThatThrownBy(
            () ->
                library.upload(
                    png,
                    "besar.png",
                    "image/png",
                    new MediaLibrary.Description("AFP", "Terlalu besar", "Terlalu besar")))
        .isInstanceOf(MediaRejectedException.class)
        .hasMessage(
            "Gambar 4000 × 4000 piksel terlalu besar untuk memori server ini: perlu 20,0"
                + " megapiksel, tersedia 16,0 megapiksel. Perkecil gambarnya, lalu unggah lagi.");
    assertThat(countFiles()).isEqualTo(filesBefore);
    assertThat(budget.available()).isEqualTo(budget.capacity());
  }

  private long countFiles() throws Exception {
    if (!Files.isDirectory(storage.mediaDir())) {
      return 0;
    }
    try (var files = Files.list(storage.mediaDir())) {
      return files.count();
    }
  }

  /** A one-colour PNG: millions of pixels in a few kilobytes. */
  static byte[] solidPng(int width, int height, java.awt.Color color) throws Exception {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
