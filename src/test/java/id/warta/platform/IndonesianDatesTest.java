package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianDatesTest {
  private static final IndonesianDates WIB = IndonesianDates.forZone(ZoneId.of("Asia/Jakarta"));

  @Test
  void writesTheSeedPagesDateLine() {
    Instant published =
        ZonedDateTime.of(2021, 6, 23, 12, 15, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant();
    assertThat(WIB.dateLine(published)).isEqualTo("Rabu 23 Juni 2021, 12:15 WIB");
  }

  @ParameterizedTest
  @CsvSource({
    "2021-06-21, Senin",
    "2021-06-22, Selasa",
    "2021-06-23, Rabu",
    "2021-06-24, Kamis",
    "2021-06-25, Jumat",
    "2021-06-26, Sabtu",
    "2021-06-27, Minggu"
  })
  void namesEveryDayOfTheWeekInIndonesian(LocalDate date, String day) {
    Instant noon = date.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    assertThat(WIB.dateLine(noon)).startsWith(day + " " + date.getDayOfMonth() + " ");
  }

  @ParameterizedTest
  @CsvSource({
    "1, Januari",
    "2, Februari",
    "3, Maret",
    "4, April",
    "5, Mei",
    "6, Juni",
    "7, Juli",
    "8, Agustus",
    "9, September",
    "10, Oktober",
    "11, November",
    "12, Desember"
  })
  void namesEveryMonthInIndonesian(int month, String name) {
    Instant instant =
        LocalDate.of(2022, month, 9).atTime(8, 5).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    assertThat(WIB.dateLine(instant)).contains(" 9 " + name + " 2022, 08:05 WIB");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Asia/Jakarta | Rabu 23 Juni 2021, 12:15 WIB",
        "Asia/Pontianak | Rabu 23 Juni 2021, 12:15 WIB",
        "Asia/Makassar | Rabu 23 Juni 2021, 13:15 WITA",
        "Asia/Jayapura | Rabu 23 Juni 2021, 14:15 WIT"
      })
  void labelsIndonesiasThreeZones(String zone, String expected) {
    Instant instant = Instant.parse("2021-06-23T05:15:00Z");
    assertThat(IndonesianDates.forZone(ZoneId.of(zone)).dateLine(instant)).isEqualTo(expected);
  }

  @Test
  void theDayChangesAtMidnightInTheSiteZoneNotInUtc() {
    // 16:59 UTC is 23:59 in Jakarta; 17:00 UTC is already the next day there.
    assertThat(WIB.dateLine(Instant.parse("2021-06-22T16:59:00Z")))
        .isEqualTo("Selasa 22 Juni 2021, 23:59 WIB");
    assertThat(WIB.dateLine(Instant.parse("2021-06-22T17:00:00Z")))
        .isEqualTo("Rabu 23 Juni 2021, 00:00 WIB");
    assertThat(
            IndonesianDates.forZone(ZoneId.of("Asia/Jayapura"))
                .dateLine(Instant.parse("2021-06-22T15:00:00Z")))
        .isEqualTo("Rabu 23 Juni 2021, 00:00 WIT");
  }

  @Test
  void theStartOfADayIsMidnightInTheSiteZone() {
    assertThat(WIB.startOfDay(LocalDate.of(2021, 6, 23)))
        .isEqualTo(Instant.parse("2021-06-22T17:00:00Z"));
  }

  @Test
  void readsADateLineBackFromItsZoneLabel() {
    assertThat(IndonesianDates.parseDateLine("Rabu 23 Juni 2021, 12:15 WIB"))
        .isEqualTo(Instant.parse("2021-06-23T05:15:00Z"));
    assertThat(IndonesianDates.parseDateLine("Kamis 29 Juli 2021, 23:55 WITA"))
        .isEqualTo(Instant.parse("2021-07-29T15:55:00Z"));
    assertThat(IndonesianDates.parseDateLine("Jumat\u00a030 Juli 2021, 00:21 WIT"))
        .isEqualTo(Instant.parse("2021-07-29T15:21:00Z"));
  }

  @Test
  void refusesWhatIsNotADateLine() {
    assertThatThrownBy(() -> IndonesianDates.parseDateLine("Junta Myanmar"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndonesianDates.parseDateLine("Rabu 23 Juni 2021, 12:15 CET"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesDateLinesAndIsoDatesExactlyAsTheJdksFormattersInEveryZone() {
    var random = new java.util.Random(20261203);
    var dateLine =
        java.time.format.DateTimeFormatter.ofPattern(
            "EEEE d MMMM yyyy, HH:mm", IndonesianDates.INDONESIAN);
    for (String zoneId :
        List.of(
            "Asia/Jakarta",
            "Asia/Makassar",
            "Asia/Jayapura",
            "UTC",
            "America/New_York",
            "Asia/Kolkata",
            "Pacific/Chatham")) {
      ZoneId zone = ZoneId.of(zoneId);
      IndonesianDates dates = IndonesianDates.forZone(zone);
      for (int i = 0; i < 3_000; i++) {
        // 1900 to 2100, some on whole seconds or minutes, some with milli- or nanoseconds
        long second = -2_208_988_800L + (long) (random.nextDouble() * 6_311_390_400L);
        int nano =
            switch (i % 4) {
              case 0 -> 0;
              case 1 -> random.nextInt(1000) * 1_000_000;
              case 2 -> random.nextInt(1_000_000_000);
              default -> 500_000_000;
            };
        if (i % 7 == 0) {
          second -= second % 60;
        }
        Instant instant = Instant.ofEpochSecond(second, nano);
        ZonedDateTime there = instant.atZone(zone);
        assertThat(dates.iso(instant))
            .as("%s in %s", instant, zoneId)
            .isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(there));
        assertThat(dates.dateLine(instant))
            .as("%s in %s", instant, zoneId)
            .isEqualTo(dateLine.format(there) + " " + dates.zoneLabel());
      }
    }
  }
}
