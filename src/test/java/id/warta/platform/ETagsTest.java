package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ETagsTest {

  @Test
  void aStrongQuotedTagThatFollowsTheBytes() {
    byte[] page = "<p>Berita</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(ETags.of(page)).matches("\"[0-9a-f]{32}\"").isEqualTo(ETags.of(page.clone()));
    assertThat(ETags.of("<p>Berita.</p>".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(ETags.of(page));
  }

  @Test
  void cachedPagesAndMachineAnswersTagTheSameBytesAlike() {
    byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
    var answer =
        HttpCaching.respond(
            body, MediaType.APPLICATION_XML, null, Duration.ofMinutes(1), List.of());
    assertThat(answer.getHeaders().getETag()).isEqualTo(ETags.of(body));
  }
}
