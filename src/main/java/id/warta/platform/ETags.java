package id.warta.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way Warta computes an ETag: strong, from the bytes sent (the first 128 bits of their
 * SHA-256), quoted as HTTP writes it. Cached pages and machine-readable answers use it alike, so a
 * client's If-None-Match matches whichever of the two answers it next.
 */
public final class ETags {
  private ETags() {}

  public static String of(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
