package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RequestNumbersTest {

  @Test
  void onlyDigitsWithinTheLimitAreANumber() {
    assertThat(RequestNumbers.parse("42", 6)).hasValue(42);
    assertThat(RequestNumbers.parse("000007", 6)).hasValue(7);
    for (String bad :
        new String[] {"", "-1", "+1", " 1", "1e3", "12x", "1234567", "٣", "٣' OR 1=1"}) {
      assertThat(RequestNumbers.parse(bad, 6)).as(bad).isEqualTo(OptionalLong.empty());
    }
    assertThat(RequestNumbers.parse(null, 6)).isEmpty();
  }

  @Test
  void theCallerSaysWhatABadNumberMeans() {
    assertThat(RequestNumbers.id("123456789012345678", () -> new NotFoundException("Tidak ada.")))
        .isEqualTo(123456789012345678L);
    assertThatThrownBy(
            () ->
                RequestNumbers.id("1234567890123456789", () -> new NotFoundException("Tidak ada.")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                RequestNumbers.number(
                    "abc", 4, () -> new BadRequestException("Nomor tidak valid.")))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Nomor tidak valid.");
  }
}
