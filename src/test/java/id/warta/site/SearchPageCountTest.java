package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many results a search says it found: Indonesian digit grouping, "lebih dari" when capped. */
class SearchPageCountTest {
  @Test
  void groupsThousandsWithDots() {
    assertThat(SearchPage.grouped(0)).isEqualTo("0");
    assertThat(SearchPage.grouped(999)).isEqualTo("999");
    assertThat(SearchPage.grouped(1000)).isEqualTo("1.000");
    assertThat(SearchPage.grouped(1476)).isEqualTo("1.476");
    assertThat(SearchPage.grouped(1_000_151)).isEqualTo("1.000.151");
    assertThat(SearchPage.grouped(-12345)).isEqualTo("-12.345");
    assertThat(SearchPage.grouped(Long.MAX_VALUE)).isEqualTo("9.223.372.036.854.775.807");
  }
}
