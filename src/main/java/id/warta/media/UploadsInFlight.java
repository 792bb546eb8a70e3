package id.warta.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The uploads whose renditions are on disk while their row is not yet committed, in this process
 * and in any other on the same data directory (a command such as import-page next to the site).
 * Such renditions look like orphans, so the sweep for orphans runs only when no upload is in flight
 * anywhere: in this process it holds this object's monitor, which every upload needs to start;
 * across processes, every process with an upload in flight holds a shared lock on a file beside the
 * media files it guards (in the store all nodes share), and the sweep needs it exclusively (and
 * skips its turn if it cannot have it).
 */
final class UploadsInFlight {
  private final Path lockFile;
  private final Map<String, Integer> keys = new HashMap<>();
  private FileChannel channel;
  private FileLock shared;

  UploadsInFlight(Path lockFile) {
    this.lockFile = lockFile;
  }

  /** An upload of these pixels starts; its renditions may be written from now on. */
  synchronized void enter(String key) {
    if (keys.isEmpty()) {
      try {
        channel = open();
        // Waits while another process sweeps.
        shared = channel.lock(0, Long.MAX_VALUE, true);
      } catch (IOException e) {
        closeQuietly();
        throw new UncheckedIOException("Cannot lock " + lockFile, e);
      }
    }
    keys.merge(key, 1, Integer::sum);
  }

  /**
   * The upload ended, committed (its row is visible now) or not.
   *
   * @param whenLastOfKey runs when no other upload of the same image is in flight here, while none
   *     can start: where a failed upload removes its files
   */
  synchronized void leave(String key, Runnable whenLastOfKey) {
    try {
      if (keys.merge(key, -1, Integer::sum) <= 0) {
        keys.remove(key);
        whenLastOfKey.run();
      }
    } finally {
      if (keys.isEmpty()) {
        closeQuietly();
      }
    }
  }

  /**
   * Runs the sweep if no upload is in flight in any process; false when one is (or the lock cannot
   * be had), and the sweep waits for its next turn.
   */
  synchronized boolean whenIdle(Runnable sweep) throws IOException {
    if (!keys.isEmpty()) {
      return false;
    }
    try (FileChannel exclusive = open();
        FileLock lock = exclusive.tryLock(0, Long.MAX_VALUE, false)) {
      if (lock == null) {
        return false;
      }
      sweep.run();
      return true;
    }
  }

  private FileChannel open() throws IOException {
    Files.createDirectories(lockFile.toAbsolutePath().getParent());
    return FileChannel.open(
        lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  private void closeQuietly() {
    try {
      if (shared != null) {
        shared.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // Closing the channel releases the lock whatever happened before.
    } finally {
      shared = null;
      channel = null;
    }
  }
}
