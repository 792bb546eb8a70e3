package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservedPathsTest {
  @Test
  void thePageCacheLeavesPrivateAndStaticPathsAloneButNotSectionsThatStartAlike() {
    assertThat(ReservedPaths.bypassesPageCache("/redaksi")).isTrue();
    assertThat(ReservedPaths.bypassesPageCache("/redaksi/artikel/3")).isTrue();
    assertThat(ReservedPaths.bypassesPageCache("/media/abc-large.jpg")).isTrue();
    assertThat(ReservedPaths.bypassesPageCache("/css/warta.css")).isTrue();
    assertThat(ReservedPaths.bypassesPageCache("/login")).isTrue();
    assertThat(ReservedPaths.bypassesPageCache("/redaksiana")).isFalse();
    assertThat(ReservedPaths.bypassesPageCache("/indeks")).isFalse();
    assertThat(ReservedPaths.bypassesPageCache("/")).isFalse();
  }

  @Test
  void noSectionMayTakeAPathTheSiteAnswers() {
    for (String segment : new String[] {"redaksi", "media", "indeks", "api", "epaper", "css"}) {
      assertThat(ReservedPaths.isReserved(segment)).as(segment).isTrue();
    }
    assertThat(ReservedPaths.isReserved("nasional")).isFalse();
  }
}
