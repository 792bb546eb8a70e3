package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EditionTest {
  @Test
  void theFokusPagesReadAsReadersSayThem() {
    assertThat(edition(4, 4).focusPages()).isEqualTo("4");
    assertThat(edition(4, 7).focusPages()).isEqualTo("4–7");
    assertThat(edition(null, null).focusPages()).isEmpty();
  }

  private static Edition edition(Integer first, Integer last) {
    return new Edition(
        1,
        LocalDate.of(2021, 6, 23),
        "Media Indonesia",
        EditionStatus.READY,
        8,
        "Atletik Jadi Lumbung Medali",
        "",
        first,
        last);
  }
}
