package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only post addresses of the three services are embedded, and frames are built from ids. */
class EmbedTest {
  @Test
  void knownPostAddressesBecomeClickToLoadFrames() {
    assertThat(
            Embed.parse("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10")
                .orElseThrow()
                .frameSrc())
        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(Embed.parse("https://youtu.be/dQw4w9WgXcQ").orElseThrow().url())
        .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(Embed.parse("https://twitter.com/kompascom/status/1234567890").orElseThrow())
        .isEqualTo(
            new Embed(
                "X",
                "https://x.com/kompascom/status/1234567890",
                "https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1234567890"));
    assertThat(Embed.parse("https://www.instagram.com/p/C0dE_x-12/").orElseThrow().frameSrc())
        .isEqualTo("https://www.instagram.com/p/C0dE_x-12/embed/");
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "https://evil.example/watch?v=dQw4w9WgXcQ",
          "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
          "https://www.youtube.com/watch?v=short",
          "https://x.com/a/status/12\"onload=x",
          "https://user@x.com/a/status/1",
          "https://www.instagram.com/explore/",
          "ftp://youtu.be/dQw4w9WgXcQ",
          "https://youtu.be:8080/dQw4w9WgXcQ",
          ""
        }) {
      assertThat(Embed.parse(bad)).as(bad).isEmpty();
    }
  }
}
