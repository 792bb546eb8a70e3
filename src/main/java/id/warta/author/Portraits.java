package id.warta.author;

import java.util.List;

/**
 * Where authors' portraits come from: the media library, which the author feature does not know (it
 * depends on platform only); the newsroom supplies the implementation.
 */
public interface Portraits {
  /** An image that can be an author's portrait, as the picker lists it. */
  record Portrait(long id, String label) {}

  /** The most recent images, newest first. */
  List<Portrait> recent(int limit);

  /** Whether this image exists. */
  boolean exists(long id);
}
