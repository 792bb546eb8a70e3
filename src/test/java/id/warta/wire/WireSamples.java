package id.warta.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IPTC's own published examples and schemas in shared/data/wires, beside the repository
 * (../shared from a checkout; ../../shared from a worktree under wt/), read as they are.
 */
final class WireSamples {
  private WireSamples() {}

  static Path dir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/data/wires");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/data/wires not found above " + here);
  }

  static Path newsml(String name) {
    return dir().resolve("newsml-g2").resolve(name);
  }

  static Path ninjs(String name) {
    return dir().resolve("ninjs").resolve(name);
  }

  static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
