package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.WartaTest;
import id.warta.platform.StorageProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Nothing left behind: renditions of failed uploads, and what a kill leaves, removed safely. */
@WartaTest
class MediaLeftoversTest {
  static final MediaLibrary.Description DESCRIPTION =
      new MediaLibrary.Description("AFP", "Keterangan", "Teks alternatif");

  @Autowired MediaLibrary library;
  @Autowired MediaRepository repository;
  @Autowired RenditionBackfill startup;
  @Autowired StorageProperties storage;
  @Autowired TransactionTemplate tx;

  @Test
  void anUploadWhoseTransactionRollsBackLeavesNoRendition() throws Exception {
    byte[] png = MediaLibraryTest.png(911, 613);
    String key = MediaLibrary.fileKey(png);

    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      library.upload(png, "foto.png", "image/png", DESCRIPTION);
                      assertThat(filesOf(key)).hasSize(Rendition.values().length);
                      // What a failed audit entry or a busy database does after the renditions.
                      throw new IllegalStateException("gagal sesudah rendisi ditulis");
                    }))
        .hasMessage("gagal sesudah rendisi ditulis");

    assertThat(filesOf(key)).isEmpty();
    assertThat(repository.findByFileKey(key)).isEmpty();
    // And the same image uploaded again afterwards is complete.
    var asset = library.upload(png, "foto.png", "image/png", DESCRIPTION);
    assertThat(filesOf(asset.fileKey())).hasSize(Rendition.values().length);
  }

  @Test
  void atStartTemporaryFilesAndRenditionsWithoutARowAreRemovedAndNothingElse() throws Exception {
    MediaAsset kept =
        library.upload(MediaLibraryTest.png(733, 491), "foto.png", "image/png", DESCRIPTION);
    Path dir = storage.mediaDir();
    Path large = dir.resolve(Rendition.LARGE.fileName(kept.fileKey()));
    // What a kill leaves: a half-written rendition, and renditions whose row never committed.
    Path temp = Files.writeString(dir.resolve(".rendition-4242.tmp"), "setengah");
    String orphanKey = "0123456789abcdef01234567";
    List<Path> orphans =
        List.of(
            Files.copy(large, dir.resolve(Rendition.LARGE.fileName(orphanKey))),
            Files.copy(large, dir.resolve(Rendition.SMALL.fileName(orphanKey))));
    Path notOurs = Files.writeString(dir.resolve("catatan.txt"), "bukan rendisi");
    for (Path file : List.of(temp, orphans.get(0), orphans.get(1), notOurs)) {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    startup.backfill();

    assertThat(temp).doesNotExist();
    assertThat(orphans).allSatisfy(orphan -> assertThat(orphan).doesNotExist());
    assertThat(filesOf(kept.fileKey())).hasSize(Rendition.values().length);
    assertThat(notOurs).exists();
    Files.delete(notOurs);
  }

  @Test
  void theSweepWaitsForNoUploadInFlight() throws Exception {
    byte[] png = MediaLibraryTest.png(677, 457);
    String key = MediaLibrary.fileKey(png);
    var written = new CountDownLatch(1);
    var swept = new CountDownLatch(1);
    CompletableFuture<MediaAsset> upload =
        CompletableFuture.supplyAsync(
            () ->
                tx.execute(
                    status -> {
                      MediaAsset asset = library.upload(png, "foto.png", "image/png", DESCRIPTION);
                      written.countDown();
                      await(swept);
                      return asset;
                    }));
    assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();

    // Renditions on disk, their row not committed yet: they look like orphans, and must stay.
    int removed = library.removeLeftovers();
    swept.countDown();

    assertThat(removed).isEqualTo(-1);
    MediaAsset asset = upload.get(60, TimeUnit.SECONDS);
    assertThat(filesOf(key)).hasSize(Rendition.values().length);
    assertThat(repository.findById(asset.id())).isPresent();
    assertThat(library.removeLeftovers()).isGreaterThanOrEqualTo(0);
    assertThat(filesOf(key)).hasSize(Rendition.values().length);
  }

  private List<Path> filesOf(String key) {
    try (var files = Files.list(storage.mediaDir())) {
      return files.filter(f -> f.getFileName().toString().startsWith(key)).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
