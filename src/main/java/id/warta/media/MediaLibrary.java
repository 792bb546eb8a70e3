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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionOperations;
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
  private final MediaProperties limits;
  private final Clock clock;

  private final TransactionOperations transactions;

  MediaLibrary(
      MediaRepository repository, StorageProperties storage, MediaProperties limits, Clock clock,
      TransactionOperations transactions) {
    this.repository = repository;
    this.mediaDir = storage.mediaDir();
    this.limits = limits;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** Details every image must carry. */
  public record Description(String credit, String caption, String altText) {
    public Description {
      if (isBlank(credit) || isBlank(caption) || isBlank(altText)) {
        throw new MediaRejectedException("Kredit, keterangan dan teks alternatif wajib diisi.");
      }
      if (credit.strip().length() > 200 || caption.strip().length() > 1000
          || altText.strip().length() > 300) {
        throw new MediaRejectedException(
            "Kredit paling banyak 200 karakter, keterangan 1000, teks alternatif 300.");
      }
    }

    private static boolean isBlank(String s) {
      return s == null || s.isBlank();
    }
  }

  public MediaAsset add(byte[] bytes, String contentType, Description description) {
    return upload(bytes, null, contentType, description);
  }

  public MediaAsset upload(byte[] bytes, String fileName, String declaredType, Description description) {
    return upload(bytes, fileName, declaredType, description, asset -> {});
  }

  /**
   * Adds an uploaded image after checking it: its real type read from its bytes (and agreeing
   * with its name and declared type), its size, its pixel count before decoding, and that it
   * decodes whole. Renditions are re-encoded from the pixels, so no metadata (GPS position,
   * camera, EXIF) of the original survives; the original itself is not kept. A refused upload
   * stores nothing.
   *
   * <p>Decoding and the renditions take most of the time (seconds for a large photo), so they are
   * done before the transaction that records the asset: other writers do not wait for them.
   * {@code inTransaction} runs in that transaction (an audit entry). When the transaction fails,
   * the files this upload wrote are removed again.
   */
  public MediaAsset upload(
      byte[] bytes, String fileName, String declaredType, Description description,
      Consumer<MediaAsset> inTransaction) {
    Prepared prepared = prepare(bytes, fileName, declaredType, description);
    try {
      return transactions.execute(
          status -> {
            MediaAsset asset = record(prepared);
            inTransaction.accept(asset);
            return asset;
          });
    } catch (RuntimeException | Error e) {
      discard(prepared);
      throw e;
    }
  }

  /** An image checked, decoded and written as renditions, not yet recorded. */
  private record Prepared(
      String key, ImageType type, int width, int height, Description description, List<Path> written) {}

  private Prepared prepare(
      byte[] bytes, String fileName, String declaredType, Description description) {
    if (bytes == null || bytes.length == 0) {
      throw new MediaRejectedException("Berkas kosong. Pilih gambar untuk diunggah.");
    }
    if (bytes.length > limits.maxUploadSize().toBytes()) {
      throw new MediaRejectedException(
          "Berkas terlalu besar (" + megabytes(bytes.length) + " MB); paling besar "
              + limits.maxUploadSize().toMegabytes() + " MB.");
    }
    ImageType type = ImageType.sniff(bytes);
    if (type == null) {
      throw new MediaRejectedException(
          "Jenis berkas tidak didukung. Unggah gambar JPEG, PNG, WebP atau GIF.");
    }
    for (ImageType claimed : new ImageType[] {ImageType.ofFileName(fileName), ImageType.ofMediaType(declaredType)}) {
      if (claimed != null && claimed != type) {
        throw new MediaRejectedException(
            "Isi berkas adalah gambar " + type.label() + ", tetapi nama atau jenisnya menyebut "
                + claimed.label() + ". Periksa berkasnya, lalu unggah lagi.");
      }
    }
    BufferedImage image = decode(bytes, type);
    String key = fileKey(bytes);
    List<Path> written = writeRenditions(key, image);
    return new Prepared(key, type, image.getWidth(), image.getHeight(), description, written);
  }

  /** The same image uploaded again is the asset already recorded. */
  private MediaAsset record(Prepared prepared) {
    var existing = repository.findByFileKey(prepared.key());
    if (existing.isPresent()) {
      return existing.get();
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // Also when a caller's own transaction, which this one joined, rolls back later.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                discard(prepared);
              }
            }
          });
    }
    Description description = prepared.description();
    return repository.insert(
        prepared.key(),
        prepared.type().mediaType(),
        prepared.width(),
        prepared.height(),
        description.credit().strip(),
        description.caption().strip(),
        description.altText().strip(),
        clock.instant());
  }

  /**
   * Removes the renditions an upload wrote, unless an asset with that image is recorded after all
   * (the same photo uploaded by someone else at the same time, or a failure after the commit).
   */
  private void discard(Prepared prepared) {
    try {
      if (prepared.written().isEmpty() || repository.findByFileKey(prepared.key()).isPresent()) {
        return;
      }
      for (Path file : prepared.written()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot remove the renditions of a failed upload {}: {}", prepared.key(), e.toString());
    }
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
        writeRenditions(key, readStored(source));
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

  private static BufferedImage readStored(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IllegalArgumentException("not an image: " + file);
    }
    return image;
  }

  private BufferedImage decode(byte[] bytes, ImageType type) {
    if (type == ImageType.GIF && bytes[bytes.length - 1] != 0x3b) {
      throw corrupt(null);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw corrupt(null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw corrupt(null);
        }
        if ((long) width * height > limits.maxPixels()) {
          throw new MediaRejectedException(
              "Gambar terlalu besar: " + width + " × " + height + " piksel; paling banyak "
                  + limits.maxPixels() / 1_000_000 + " megapiksel.");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        if (image == null || !warnings.isEmpty()) {
          throw corrupt(null);
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (MediaRejectedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  private static MediaRejectedException corrupt(Exception cause) {
    return new MediaRejectedException(
        "Gambar rusak atau terpotong dan tidak dapat dibaca. Unggah berkas aslinya lagi.", cause);
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0).replace('.', ',');
  }

  /** Removes an image and, after commit, its renditions. The caller checks it is unused. */
  @Transactional
  public void delete(MediaAsset asset) {
    repository.delete(asset.id());
    Runnable removeFiles =
        () -> {
          for (Rendition rendition : Rendition.values()) {
            try {
              Files.deleteIfExists(mediaDir.resolve(rendition.fileName(asset.fileKey())));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              removeFiles.run();
            }
          });
    } else {
      removeFiles.run();
    }
  }

  /** Writes the renditions not on disk yet; returns the files it wrote. */
  private List<Path> writeRenditions(String key, BufferedImage image) {
    List<Path> written = new ArrayList<>();
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
          written.add(target);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
      return written;
    } catch (IOException e) {
      for (Path file : written) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // The first failure is the one to report.
        }
      }
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
