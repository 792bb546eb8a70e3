package id.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shared HTML checker still finds errors, in every document it is given, not only the first.
 */
class StandardsTest {
  static final String VALID =
      "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Uji</title></head>"
          + "<body><p>Baik.</p></body></html>";
  static final String INVALID =
      "<!DOCTYPE html><html lang=\"id\"><head><meta"
          + " charset=\"utf-8\"><title>Uji</title></head><body><p>Buruk <div>blok di dalam"
          + " paragraf</p><img src=\"a.png\"><ul><p>x</p></ul></body></html>";

  @Test
  void theCheckerFindsErrorsAgainAfterAValidDocument() {
    assertThat(Standards.htmlErrors(VALID)).isEmpty();
    var first = Standards.htmlErrors(INVALID);
    assertThat(first).isNotEmpty().anySatisfy(e -> assertThat(e).contains("alt"));
    assertThat(Standards.htmlErrors(VALID)).isEmpty();
    assertThat(Standards.htmlErrors(INVALID)).isEqualTo(first);
    assertThat(Standards.htmlErrors("<p>no doctype, no title")).isNotEmpty();
  }
}
