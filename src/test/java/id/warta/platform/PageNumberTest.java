package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageNumberTest {

  @Test
  void aPageIsOneToSixDigitsFromOne() {
    assertThat(PageNumber.parse("1")).isEqualTo(PageNumber.FIRST);
    assertThat(PageNumber.parse(" 42 ")).isEqualTo(new PageNumber(42));
    assertThat(PageNumber.parse("999999").value()).isEqualTo(PageNumber.MAX);
  }

  @Test
  void blankIsNoPage() {
    assertThat(PageNumber.parse("")).isNull();
    assertThat(PageNumber.parse("  ")).isNull();
    assertThat(PageNumber.parse(null)).isNull();
  }

  @Test
  void anythingElseIsABadRequestInIndonesian() {
    for (String bad : new String[] {"0", "-1", "+2", "abc", "1e3", "1000000", "٣", "0x10", "2.5"}) {
      assertThatThrownBy(() -> PageNumber.parse(bad))
          .as(bad)
          .isInstanceOf(BadRequestException.class)
          .hasMessage("Nomor halaman tidak valid.");
    }
  }

  @Test
  void aPageOutsideTheRangeCannotBeMade() {
    assertThatThrownBy(() -> new PageNumber(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageNumber(PageNumber.MAX + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
