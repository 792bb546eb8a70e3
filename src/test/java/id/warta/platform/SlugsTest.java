package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Junta Myanmar Berterima Kasih Atas Dukungan Rusia |"
            + " junta-myanmar-berterima-kasih-atas-dukungan-rusia",
        "Portugal Khawatirkan Gelombang Keempat Covid-19 |"
            + " portugal-khawatirkan-gelombang-keempat-covid-19",
        "Kerala, dengan 154.000-an Kasus: 37,1 Persen | kerala-dengan-154-000-an-kasus-37-1-persen",
        "\"Daerah Berisiko\" & 'Varian' | daerah-berisiko-varian",
        "Jum'at Berkah di Ma'had | jumat-berkah-di-mahad",
        "Café Élysée — Pâtisserie | cafe-elysee-patisserie",
        "  --Rapat   Paripurna DPR--  | rapat-paripurna-dpr"
      })
  void makesReadableSlugsFromIndonesianTitles(String title, String slug) {
    assertThat(Slugs.of(title)).isEqualTo(slug);
    assertThat(Slugs.isValid(slug)).isTrue();
  }

  @Test
  void keepsLongSlugsShortAndCutsOnAWord() {
    String title = "Pemerintah ".repeat(30);
    String slug = Slugs.of(title);
    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(slug).startsWith("pemerintah-pemerintah").doesNotEndWith("-");
    assertThat(slug.split("-")).allMatch("pemerintah"::equals);
  }

  @Test
  void aTitleWithoutLettersOrDigitsHasNoSlug() {
    assertThat(Slugs.of("?!…")).isEmpty();
    assertThat(Slugs.isValid("")).isFalse();
    assertThat(Slugs.isValid("Bukan Slug")).isFalse();
  }
}
