package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageIoCacheTest {
  @TempDir Path tmp;

  @Test
  void turnsTheFileCacheOffAndRemovesOnlyStaleCacheFiles() throws Exception {
    Path stale = Files.writeString(tmp.resolve("imageio1234567.tmp"), "x");
    Path fresh = Files.writeString(tmp.resolve("imageio7654321.tmp"), "x");
    Path other = Files.writeString(tmp.resolve("lain.tmp"), "x");
    Instant now = Instant.now();
    Files.setLastModifiedTime(
        stale, FileTime.from(now.minus(ImageIoCache.STALE_AFTER).minusSeconds(1)));
    Files.setLastModifiedTime(other, FileTime.from(now.minusSeconds(86_400)));

    var cache = new ImageIoCache(tmp, Clock.fixed(now, java.time.ZoneOffset.UTC));

    assertThat(ImageIO.getUseCache()).isFalse();
    assertThat(cache.removeStaleFiles()).isEqualTo(1);
    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
    assertThat(other).exists();
  }
}
