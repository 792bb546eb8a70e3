package id.warta.newsroom;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image files for upload tests, good and bad. */
public final class Images {
  private static int colour = 0x336699;

  private Images() {}

  public static byte[] encode(String format, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(colour += 0x010203));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A JPEG carrying an EXIF block with a GPS position, as phones write them. */
  public static byte[] jpegWithGps() {
    byte[] jpeg = encode("jpg", 800, 600);
    byte[] payload =
        "Exif\0\0MM\0*\0\0\0\bGPSLatitude S 6 12 0 GPSLongitude E 106 49 0\0"
            .getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer app1 = ByteBuffer.allocate(4 + payload.length);
    app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (payload.length + 2)).put(payload);
    byte[] out = new byte[jpeg.length + app1.capacity()];
    out[0] = jpeg[0];
    out[1] = jpeg[1];
    System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
    System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
    return out;
  }

  /** A tiny PNG whose header claims it is width × height pixels: a decompression bomb. */
  public static byte[] pngClaiming(int width, int height) {
    byte[] png = encode("png", 4, 4);
    // IHDR data starts at byte 16 (8 signature + 4 length + 4 type).
    ByteBuffer b = ByteBuffer.wrap(png);
    b.putInt(16, width);
    b.putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    b.putInt(29, (int) crc.getValue());
    return png;
  }

  public static byte[] truncated(byte[] bytes) {
    return Arrays.copyOf(bytes, bytes.length / 2);
  }

  public static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }
}
