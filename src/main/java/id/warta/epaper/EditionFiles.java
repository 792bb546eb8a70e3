package id.warta.epaper;

import id.warta.platform.StorageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Where editions' files live, all in the store every node shares (the media directory). PDFs sit in
 * {@code <mediaDir>/private/epaper}, out of public reach (readers download them through the reader,
 * ready editions only); page images sit in {@code <mediaDir>/epaper}, served with the media at
 * /media/epaper/. PDFs stored before, in the node's own {@code <dataDir>/epaper}, are still found
 * there. Every name derives from the PDF's content, and every file is written to a temporary name
 * first and then moved into place, so a file under its final name is always complete.
 */
@Component
class EditionFiles {
  static final String URL_PREFIX = "/media/epaper/";

  private final Path pdfDir;
  private final Path legacyPdfDir;
  private final Path pageDir;

  EditionFiles(StorageProperties storage) {
    this.pdfDir = storage.privateMediaDir().resolve("epaper");
    this.legacyPdfDir = storage.dataDir().resolve("epaper");
    this.pageDir = storage.mediaDir().resolve("epaper");
  }

  static String key(byte[] pdf) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(pdf);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path pdf(String key) {
    Path shared = pdfDir.resolve(key + ".pdf");
    Path legacy = legacyPdfDir.resolve(key + ".pdf");
    return !Files.exists(shared) && Files.exists(legacy) ? legacy : shared;
  }

  Path page(String fileName) {
    return pageDir.resolve(fileName);
  }

  /** "3f2a...-p4-1600.jpg": the page and the width it was rendered at. */
  static String pageFileName(String key, int page, int width) {
    return key + "-p" + page + "-" + width + ".jpg";
  }

  /**
   * Stores a PDF under its content's name.
   *
   * @return true when this call created the file, false when it was already there
   */
  boolean storePdf(String key, byte[] bytes) {
    Path target = pdf(key);
    if (Files.exists(target)) {
      return false;
    }
    write(pdfDir, target, bytes);
    return true;
  }

  void deletePdf(String key) {
    for (Path dir : new Path[] {pdfDir, legacyPdfDir}) {
      Path file = dir.resolve(key + ".pdf");
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete " + file, e);
      }
    }
  }

  /** Deletes every rendered page of the PDF with this key, at any width. */
  void deletePages(String key) {
    if (!Files.isDirectory(pageDir)) {
      return;
    }
    try (var pages = Files.newDirectoryStream(pageDir, key + "-p*.jpg")) {
      for (Path page : pages) {
        Files.deleteIfExists(page);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the pages of " + key, e);
    }
  }

  void writePage(String fileName, byte[] bytes) {
    write(pageDir, page(fileName), bytes);
  }

  private static void write(Path dir, Path target, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
      try {
        Files.write(temp, bytes);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }
}
