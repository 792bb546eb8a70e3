package id.warta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generated demo stories read as an editor wrote them. */
class DemoTextsTest {
  @Test
  void aLeadQuotesItsTitleAsWrittenWithItsCapitals() {
    for (String section :
        List.of("nasional", "internasional", "ekonomi", "olahraga", "humaniora", "weekend")) {
      for (DemoTexts.Story story : DemoTexts.generated(section, 24, new Random(1))) {
        assertThat(story.lead()).as(section).contains(": " + story.title() + ".");
      }
    }
    var kpu = DemoTexts.story("nasional", 1, new Random(1));
    assertThat(kpu.title()).startsWith("KPU ");
    assertThat(kpu.lead()).startsWith("Kabar dari ").contains(": KPU Mulai Verifikasi");
  }
}
