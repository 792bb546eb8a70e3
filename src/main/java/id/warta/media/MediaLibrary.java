package id.warta.media;

import id.warta.platform.StorageProperties;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds images to the library: decodes them, writes every rendition once under content-hashed
 * names (so they can be cached forever), then records the asset.
 */
@Service
public class MediaLibrary {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MediaLibrary.class);

  private final MediaRepository repository;
  private final Path mediaDir;
  private final Clock clock;

  MediaLibrary(MediaRepository repository, StorageProperties storage, Clock clock) {
    this.repository = repository;
    this.mediaDir = storage.mediaDir();
    this.clock = clock;
  }

  /** Details every image must carry. */
  public record Description(String credit, String caption, String altText) {
    public Description {
      if (isBlank(credit) || isBlank(caption) || isBlank(altText)) {
        throw new IllegalArgumentException("Kredit, keterangan dan teks alternatif wajib diisi.");
      }
    }

    private static boolean isBlank(String s) {
      return s == null || s.isBlank();
    }
  }

  @Transactional
  public MediaAsset add(byte[] bytes, String contentType, Description description) {
    BufferedImage image = decode(bytes);
    String key = fileKey(bytes);
    var existing = repository.findByFileKey(key);
    if (existing.isPresent()) {
      return existing.get();
    }
    writeRenditions(key, image);
    return repository.insert(
        key,
        contentType,
        image.getWidth(),
        image.getHeight(),
        description.credit().strip(),
        description.caption().strip(),
        description.altText().strip(),
        clock.instant());
  }

  /**
   * Makes the renditions an asset is missing, from its largest one: images uploaded before a
   * rendition was added to {@link Rendition} get it too. The original is not kept, so the
   * largest rendition stands in for it. Returns how many files were written.
   */
  public int addMissingRenditions() {
    int written = 0;
    for (String key : repository.findAllFileKeys()) {
      boolean missing =
          java.util.Arrays.stream(Rendition.values())
              .anyMatch(r -> !Files.exists(mediaDir.resolve(r.fileName(key))));
      Path source = mediaDir.resolve(Rendition.LARGE.fileName(key));
      if (!missing || !Files.exists(source)) {
        continue;
      }
      try {
        long before = countFiles(key);
        writeRenditions(key, decode(Files.readAllBytes(source)));
        written += (int) (countFiles(key) - before);
      } catch (IOException | IllegalArgumentException e) {
        log.warn("Cannot add renditions of {}: {}", key, e.getMessage());
      }
    }
    return written;
  }

  private long countFiles(String key) {
    return java.util.Arrays.stream(Rendition.values())
        .filter(r -> Files.exists(mediaDir.resolve(r.fileName(key))))
        .count();
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new IllegalArgumentException("Berkas bukan gambar yang dikenali.");
      }
      return image;
    } catch (IOException e) {
      throw new IllegalArgumentException("Gambar rusak atau tidak dapat dibaca.", e);
    }
  }

  private void writeRenditions(String key, BufferedImage image) {
    try {
      Files.createDirectories(mediaDir);
      for (Rendition rendition : Rendition.values()) {
        Path target = mediaDir.resolve(rendition.fileName(key));
        if (Files.exists(target)) {
          continue;
        }
        // Written beside the target, then moved: a reader never sees half a file.
        Path temp = Files.createTempFile(mediaDir, ".rendition-", ".tmp");
        try {
          try (OutputStream out = Files.newOutputStream(temp)) {
            // To a stream: Thumbnailator would add ".jpg" to a file name of its own accord.
            Thumbnails.of(image)
                .size(rendition.width(), rendition.height())
                .crop(Positions.CENTER)
                .outputFormat("jpg")
                .outputQuality(0.82)
                .toOutputStream(out);
          }
          if (Files.size(temp) == 0) {
            throw new IOException("empty rendition " + rendition);
          }
          readableByAll(temp);
          move(temp, target);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write renditions of " + key, e);
    }
  }

  /** Temporary files are private to their owner; renditions are public, whoever serves them. */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String fileKey(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
