package id.warta.media;

import id.warta.platform.PixelBudget;
import id.warta.platform.StorageProperties;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds images to the library: decodes them, writes every rendition once under content-hashed names
 * (so they can be cached forever), then records the asset.
 *
 * <p>Decoding takes its share of the {@link PixelBudget} first, so concurrent uploads of large
 * images wait for each other instead of running the heap out. Renditions written for an upload
 * whose transaction does not commit are removed again, and at start files no row refers to (a kill
 * between writing and committing) are swept away while no upload is in flight.
 */
@Service
public class MediaLibrary {
  private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

  /** A rendition's name: the 24 hex digits of its file key, then its size. */
  private static final Pattern RENDITION_FILE =
      Pattern.compile("([0-9a-f]{24})-[0-9]+x[0-9]+\\.jpg");

  private static final String TEMP_PREFIX = ".rendition-";
  private static final int LARGEST_WIDTH =
      Arrays.stream(Rendition.values()).mapToInt(Rendition::width).max().orElseThrow();
  private static final int LARGEST_HEIGHT =
      Arrays.stream(Rendition.values()).mapToInt(Rendition::height).max().orElseThrow();

  private final MediaRepository repository;
  private final Path mediaDir;
  private final MediaProperties limits;
  private final PixelBudget budget;
  private final UploadsInFlight inFlight;
  private final Clock clock;
  private final TransactionOperations transactions;
  private final org.springframework.context.ApplicationEventPublisher events;

  MediaLibrary(
      MediaRepository repository,
      StorageProperties storage,
      MediaProperties limits,
      PixelBudget budget,
      Clock clock,
      TransactionOperations transactions,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.repository = repository;
    this.mediaDir = storage.mediaDir();
    this.limits = limits;
    this.budget = budget;
    this.inFlight = new UploadsInFlight(storage.privateMediaDir().resolve("media-uploads.lock"));
    this.clock = clock;
    this.transactions = transactions;
  }

  /** Details every image must carry. */
  public record Description(String credit, String caption, String altText) {
    public Description {
      if (isBlank(credit) || isBlank(caption) || isBlank(altText)) {
        throw new MediaRejectedException("Kredit, keterangan dan teks alternatif wajib diisi.");
      }
      if (credit.strip().length() > 200
          || caption.strip().length() > 1000
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

  public MediaAsset upload(
      byte[] bytes, String fileName, String declaredType, Description description) {
    return upload(bytes, fileName, declaredType, description, asset -> {});
  }

  /**
   * Adds an uploaded image after checking it: its real type read from its bytes (and agreeing with
   * its name and declared type), its size, its pixel count before decoding, and that it decodes
   * whole. Renditions are re-encoded from the pixels, so no metadata (GPS position, camera, EXIF)
   * of the original survives; the original itself is not kept. A refused upload stores nothing.
   *
   * <p>Decoding and the renditions take most of the time (seconds for a large photo), so they are
   * done before the transaction that records the asset: other writers do not wait for them. {@code
   * inTransaction} runs in that transaction (an audit entry). Until the transaction ends the upload
   * counts as in flight (the start sweep leaves its files alone); if it does not commit, the files
   * go again, unless a row refers to them or another upload of the same image is in flight.
   */
  public MediaAsset upload(
      byte[] bytes,
      String fileName,
      String declaredType,
      Description description,
      Consumer<MediaAsset> inTransaction) {
    ImageType type = checked(bytes, fileName, declaredType);
    String key = fileKey(bytes);
    inFlight.enter(key);
    boolean handedOver = false;
    try {
      int width;
      int height;
      try (Decoded decoded = decode(bytes, type)) {
        width = decoded.width();
        height = decoded.height();
        writeRenditions(key, decoded.image());
      }
      var recorded =
          new TransactionCallback<MediaAsset>() {
            boolean registered;

            @Override
            public MediaAsset doInTransaction(TransactionStatus status) {
              // Also when a caller's own transaction, which this one joined, ends later.
              TransactionSynchronizationManager.registerSynchronization(
                  new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                      finishUpload(key, status == STATUS_COMMITTED);
                    }
                  });
              registered = true;
              // The same bytes again: the image is kept once, and the text just typed wins.
              MediaAsset asset =
                  repository
                      .findByFileKey(key)
                      .map(existing -> describedAs(existing, description))
                      .orElseGet(
                          () ->
                              repository.insert(
                                  key,
                                  type.mediaType(),
                                  width,
                                  height,
                                  description.credit().strip(),
                                  description.caption().strip(),
                                  description.altText().strip(),
                                  clock.instant()));
              inTransaction.accept(asset);
              return asset;
            }
          };
      try {
        return transactions.execute(recorded);
      } finally {
        handedOver = recorded.registered;
      }
    } finally {
      if (!handedOver) {
        finishUpload(key, false);
      }
    }
  }

  private MediaAsset describedAs(MediaAsset existing, Description d) {
    if (existing.credit().equals(d.credit().strip())
        && existing.caption().equals(d.caption().strip())
        && existing.altText().equals(d.altText().strip())) {
      return existing;
    }
    return describe(existing.id(), d);
  }

  /**
   * Corrects an image's credit, caption and alternative text; the pages that show it are told
   * (MediaDescribed, in this transaction).
   */
  @Transactional
  public MediaAsset describe(long id, Description d) {
    MediaAsset asset =
        repository
            .describe(id, d.credit().strip(), d.caption().strip(), d.altText().strip())
            .orElseThrow(() -> new id.warta.platform.NotFoundException("Media tidak ditemukan."));
    events.publishEvent(new MediaDescribed(id, asset.fileKey()));
    return asset;
  }

  /** The image already in the library with exactly these bytes, if any. */
  public java.util.Optional<MediaAsset> findSame(byte[] bytes) {
    return bytes == null || bytes.length == 0
        ? java.util.Optional.empty()
        : repository.findByFileKey(fileKey(bytes));
  }

  /** Whether the image is smaller than the largest rendition: its renditions are not enlarged. */
  public static boolean smallerThanLargest(MediaAsset a) {
    return a.width() < Rendition.LARGE.width() || a.height() < Rendition.LARGE.height();
  }

  private ImageType checked(byte[] bytes, String fileName, String declaredType) {
    if (bytes == null || bytes.length == 0) {
      throw new MediaRejectedException("Berkas kosong. Pilih gambar untuk diunggah.");
    }
    if (bytes.length > limits.maxUploadSize().toBytes()) {
      throw new MediaRejectedException(
          "Berkas terlalu besar ("
              + megabytes(bytes.length)
              + " MB); paling besar "
              + limits.maxUploadSize().toMegabytes()
              + " MB.");
    }
    ImageType type = ImageType.sniff(bytes);
    if (type == null) {
      throw new MediaRejectedException(
          "Jenis berkas tidak didukung. Unggah gambar JPEG, PNG, WebP atau GIF.");
    }
    for (ImageType claimed :
        new ImageType[] {ImageType.ofFileName(fileName), ImageType.ofMediaType(declaredType)}) {
      if (claimed != null && claimed != type) {
        throw new MediaRejectedException(
            "Isi berkas adalah gambar "
                + type.label()
                + ", tetapi nama atau jenisnya menyebut "
                + claimed.label()
                + ". Periksa berkasnya, lalu unggah lagi.");
      }
    }
    return type;
  }

  private void finishUpload(String key, boolean committed) {
    inFlight.leave(
        key,
        () -> {
          if (committed) {
            return;
          }
          try {
            if (repository.findByFileKey(key).isEmpty()) {
              deleteRenditions(key);
            }
          } catch (RuntimeException e) {
            // Kept rather than risk a file a row needs; the next start's sweep decides.
            log.warn("Cannot remove the renditions of failed upload {}: {}", key, e.toString());
          }
        });
  }

  /**
   * Removes what a kill or a failed upload left in the media directory: half-written renditions
   * ({@code .rendition-*.tmp}) and renditions no row refers to. Runs only while no upload is in
   * flight in this or another process, so every rendition of a committed row stays; returns the
   * number of files removed, or -1 when an upload was in flight and nothing was looked at.
   */
  public int removeLeftovers() {
    if (!Files.isDirectory(mediaDir)) {
      return 0;
    }
    int[] removed = {0};
    try {
      boolean swept =
          inFlight.whenIdle(
              () -> {
                Set<String> keys = new HashSet<>(repository.findAllFileKeys());
                try (Stream<Path> files = Files.list(mediaDir)) {
                  for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    Matcher rendition = RENDITION_FILE.matcher(name);
                    boolean leftover =
                        name.startsWith(TEMP_PREFIX) && name.endsWith(".tmp")
                            || rendition.matches() && !keys.contains(rendition.group(1));
                    if (leftover && Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                      removed[0]++;
                    }
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return swept ? removed[0] : -1;
    } catch (IOException | UncheckedIOException e) {
      log.warn("Cannot sweep leftover media files in {}: {}", mediaDir, e.toString());
      return removed[0];
    }
  }

  /**
   * Makes the renditions an asset is missing, from its largest one: images uploaded before a
   * rendition was added to {@link Rendition} get it too. The original is not kept, so the largest
   * rendition stands in for it. Returns how many files were written.
   */
  public int addMissingRenditions() {
    int written = 0;
    for (String key : repository.findAllFileKeys()) {
      boolean missing =
          Arrays.stream(Rendition.values())
              .anyMatch(r -> !Files.exists(mediaDir.resolve(r.fileName(key))));
      Path source = mediaDir.resolve(Rendition.LARGE.fileName(key));
      if (!missing || !Files.exists(source)) {
        continue;
      }
      try (Decoded stored = readStored(source)) {
        long before = countFiles(key);
        writeRenditions(key, stored.image());
        written += (int) (countFiles(key) - before);
      } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
        log.warn("Cannot add renditions of {}: {}", key, e.getMessage());
      }
    }
    return written;
  }

  private long countFiles(String key) {
    return Arrays.stream(Rendition.values())
        .filter(r -> Files.exists(mediaDir.resolve(r.fileName(key))))
        .count();
  }

  /**
   * Decoded pixels, at most twice the largest rendition, and the budget share they hold until
   * closed.
   *
   * @param width the original's width, as recorded in the library
   */
  private record Decoded(BufferedImage image, int width, int height, PixelBudget.Share share)
      implements AutoCloseable {
    @Override
    public void close() {
      share.close();
    }
  }

  private Decoded readStored(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers =
          in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalArgumentException("not an image: " + file);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        PixelBudget.Share share = share(width, height);
        try {
          return new Decoded(reduced(reader.read(0)), width, height, share);
        } catch (IOException | RuntimeException | Error e) {
          share.close();
          throw e;
        }
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * The budget share for decoding an image of this size: its pixels, and a quarter more for the
   * first halving (see {@link #reduced}); the full-size image is let go before renditions are made.
   */
  private PixelBudget.Share share(int width, int height) {
    long pixels = (long) width * height;
    try {
      return budget.acquire(pixels + pixels / 4);
    } catch (PixelBudget.NeverFits e) {
      throw new MediaRejectedException(
          "Gambar "
              + width
              + " × "
              + height
              + " piksel terlalu besar untuk memori server ini: "
              + "perlu "
              + PixelBudget.megapixels(e.pixels())
              + " megapiksel, tersedia "
              + PixelBudget.megapixels(e.capacity())
              + " megapiksel. Perkecil gambarnya, lalu unggah lagi.",
          e);
    } catch (PixelBudget.WaitedTooLong e) {
      throw new MediaRejectedException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MediaRejectedException(
          "Unggahan dihentikan karena server sedang berhenti. Coba lagi sebentar lagi.", e);
    }
  }

  /**
   * Halves the image while it stays at least as large as the largest rendition: renditions are then
   * made from a quarter of the pixels (or less), and the full-size image can go early. Each halving
   * averages 2 × 2 pixels, as the renditions' own resizing does.
   */
  private static BufferedImage reduced(BufferedImage image) {
    while (image.getWidth() / 2 >= LARGEST_WIDTH && image.getHeight() / 2 >= LARGEST_HEIGHT) {
      int width = image.getWidth() / 2;
      int height = image.getHeight() / 2;
      var half =
          new BufferedImage(
              width,
              height,
              image.getColorModel().hasAlpha()
                  ? BufferedImage.TYPE_INT_ARGB
                  : BufferedImage.TYPE_INT_RGB);
      Graphics2D g = half.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
      } finally {
        g.dispose();
      }
      image = half;
    }
    return image;
  }

  private Decoded decode(byte[] bytes, ImageType type) {
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
              "Gambar terlalu besar: "
                  + width
                  + " × "
                  + height
                  + " piksel; paling banyak "
                  + limits.maxPixels() / 1_000_000
                  + " megapiksel.");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        PixelBudget.Share share = share(width, height);
        try {
          BufferedImage image = reader.read(0);
          if (image == null || !warnings.isEmpty()) {
            throw corrupt(null);
          }
          return new Decoded(reduced(image), width, height, share);
        } catch (IOException | RuntimeException | Error e) {
          share.close();
          throw e;
        }
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
    return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0).replace('.', ',');
  }

  /** Removes an image and, after commit, its renditions. The caller checks it is unused. */
  @Transactional
  public void delete(MediaAsset asset) {
    repository.delete(asset.id());
    Runnable removeFiles = () -> deleteRenditions(asset.fileKey());
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

  /**
   * A rendition's size for an image: the rendition's own, or, for an image smaller than that, the
   * largest rectangle of the rendition's shape inside the image: never enlarged.
   */
  static int[] size(Rendition r, int width, int height) {
    if (width >= r.width() && height >= r.height()) {
      return new int[] {r.width(), r.height()};
    }
    double scale = Math.min((double) width / r.width(), (double) height / r.height());
    return new int[] {
      Math.max(1, (int) Math.round(r.width() * scale)),
      Math.max(1, (int) Math.round(r.height() * scale))
    };
  }

  private void deleteRenditions(String key) {
    for (Rendition rendition : Rendition.values()) {
      try {
        Files.deleteIfExists(mediaDir.resolve(rendition.fileName(key)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
        Path temp = Files.createTempFile(mediaDir, TEMP_PREFIX, ".tmp");
        try {
          try (OutputStream out = Files.newOutputStream(temp)) {
            // To a stream: Thumbnailator would add ".jpg" to a file name of its own accord.
            int[] size = size(rendition, image.getWidth(), image.getHeight());
            Thumbnails.of(image)
                .size(size[0], size[1])
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
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String fileKey(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
