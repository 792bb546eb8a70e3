package id.warta.channel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text the way its publisher meant, not the way it was labelled.
 *
 * <p>Order: a byte order mark, then the XML declaration, then the HTTP charset, then UTF-8. Real
 * feeds often lie about it, so two corrections follow: bytes that are not valid UTF-8 but were
 * labelled UTF-8 are read as Windows-1252 (the superset of ISO-8859-1 that old CMSs write), and
 * valid UTF-8 with multi-byte characters labelled as a Latin charset is read as UTF-8 (Latin text
 * is practically never valid UTF-8 by accident). Characters XML forbids are dropped, since one
 * stray control character would otherwise make the whole feed unreadable.
 */
public final class FeedDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern HTTP_CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private FeedDecoding() {}

  public static String decode(byte[] bytes, String contentType) {
    int offset = 0;
    Charset charset;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      offset = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      offset = 2;
      charset = StandardCharsets.UTF_16LE;
    } else {
      charset = corrected(declared(bytes, contentType), bytes);
    }
    String text = new String(bytes, offset, bytes.length - offset, charset);
    return withoutForbiddenCharacters(text).strip();
  }

  private static Charset declared(byte[] bytes, String contentType) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return charset(xml.group(1));
    }
    if (contentType != null) {
      Matcher http = HTTP_CHARSET.matcher(contentType);
      if (http.find()) {
        return charset(http.group(1));
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset corrected(Charset declared, byte[] bytes) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      return isUtf8(bytes) ? declared : WINDOWS_1252;
    }
    boolean latin =
        declared.equals(StandardCharsets.ISO_8859_1)
            || declared.equals(WINDOWS_1252)
            || declared.equals(StandardCharsets.US_ASCII);
    if (latin && hasNonAscii(bytes) && isUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    // ISO-8859-1 as labelled is read as Windows-1252, as browsers do: the C1 range holds
    // curly quotes and dashes in practice, never control characters.
    return declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String withoutForbiddenCharacters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (c == '\uFEFF' && i == 0) {
        allowed = false;
      }
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (allowed && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
