package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The media library's rows as the newsroom uses them after upload: searched by caption, credit and
 * alternative text, described again, found by file key. Runs on SQLite ({@code
 * MediaRepositoryTest}) and PostgreSQL ({@code MediaRepositoryIT}), each test rolled back.
 */
abstract class MediaRepositoryContract {
  @Autowired MediaRepository media;

  private final String word = "kata" + Long.toString(System.nanoTime(), 36);
  private final Instant now = Instant.parse("2026-12-01T03:00:00Z");

  private MediaAsset row(String key, String credit, String caption, String alt, int minute) {
    return media.insert(
        key + word, "image/jpeg", 800, 600, credit, caption, alt, now.plusSeconds(60L * minute));
  }

  @Test
  void searchFindsEveryWordInCaptionCreditOrAltNewestFirst() {
    MediaAsset harbour = row("a", "AFP/" + word, "Kapal di Pelabuhan", "Kapal", 1);
    MediaAsset market = row("b", "Antara", "Pasar pagi " + word, "Pedagang sayur", 2);
    MediaAsset flood = row("c", "Warta/Rina", "Banjir", "Jalan tergenang " + word, 3);
    row("d", "Warta/Rina", "Tanpa kata kunci", "Apa saja", 4);

    assertThat(media.search(word, 10)).containsExactly(flood, market, harbour);
    assertThat(media.search(word.toUpperCase() + "  PASAR", 10)).containsExactly(market);
    assertThat(media.search(word + " afp kapal", 10)).containsExactly(harbour);
    assertThat(media.search(word + " warta", 10)).containsExactly(flood);
    assertThat(media.search(word, 2)).containsExactly(flood, market);
  }

  @Test
  void searchTreatsLikeWildcardsAsText() {
    MediaAsset percent = row("e", "Reuters", "Inflasi 5% " + word, "Grafik", 1);
    row("f", "Reuters", "Inflasi 50 " + word, "Grafik", 2);

    assertThat(media.search(word + " 5%", 10)).containsExactly(percent);
    assertThat(media.search(word + " _", 10)).isEmpty();
  }

  @Test
  void describingRewritesTheTextAndKeepsTheFile() {
    MediaAsset before = row("g", "AFP", "Keterangan lama " + word, "Alt lama", 1);

    MediaAsset after =
        media.describe(before.id(), "Reuters/Ani", "Keterangan baru", "Alt baru").orElseThrow();

    assertThat(after.credit()).isEqualTo("Reuters/Ani");
    assertThat(after.caption()).isEqualTo("Keterangan baru");
    assertThat(after.altText()).isEqualTo("Alt baru");
    assertThat(after.fileKey()).isEqualTo(before.fileKey());
    assertThat(media.findById(before.id())).contains(after);
    assertThat(media.findByFileKey(before.fileKey())).contains(after);
    assertThat(media.search(word, 10)).isEmpty();
    assertThat(media.describe(Long.MAX_VALUE, "x", "y", "z")).isEmpty();
    assertThat(media.findByFileKey("tidak-ada-" + word)).isEmpty();
  }
}
