package id.warta.media;

import java.util.Locale;

/** The image formats the library accepts, recognised by their first bytes, never by name. */
public enum ImageType {
  JPEG("image/jpeg", "JPEG", "jpg", "jpeg", "jpe", "jfif"),
  PNG("image/png", "PNG", "png"),
  GIF("image/gif", "GIF", "gif"),
  WEBP("image/webp", "WebP", "webp");

  private final String mediaType;
  private final String label;
  private final String[] extensions;

  ImageType(String mediaType, String label, String... extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  /** The type the bytes are, or null when they are none of ours. */
  static ImageType sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return JPEG;
    }
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0d
        && b[5] == 0x0a
        && b[6] == 0x1a
        && b[7] == 0x0a) {
      return PNG;
    }
    if (b.length >= 6
        && b[0] == 'G'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == '8'
        && (b[4] == '7' || b[4] == '9')
        && b[5] == 'a') {
      return GIF;
    }
    if (b.length >= 12
        && b[0] == 'R'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == 'F'
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return WEBP;
    }
    return null;
  }

  /** The type a declared media type names, or null for unknown or generic ones. */
  static ImageType ofMediaType(String declared) {
    if (declared == null) {
      return null;
    }
    String t = declared.toLowerCase(Locale.ROOT).strip();
    int semicolon = t.indexOf(';');
    if (semicolon >= 0) {
      t = t.substring(0, semicolon).strip();
    }
    if (t.equals("image/jpg") || t.equals("image/pjpeg")) {
      return JPEG;
    }
    for (ImageType type : values()) {
      if (type.mediaType.equals(t)) {
        return type;
      }
    }
    return null;
  }

  /** The type a file name's extension names, or null when it names none of ours. */
  static ImageType ofFileName(String name) {
    if (name == null) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ImageType type : values()) {
      for (String e : type.extensions) {
        if (e.equals(ext)) {
          return type;
        }
      }
    }
    return null;
  }
}
