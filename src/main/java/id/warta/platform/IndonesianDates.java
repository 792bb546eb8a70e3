package id.warta.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as Indonesian readers see them: "Rabu 23 Juni 2021, 12:15 WIB".
 *
 * <p>The zone label is ours, not the JDK's: Indonesia's three zones are WIB, WITA and WIT, and a
 * zone outside Indonesia is labelled by its UTC offset.
 */
public final class IndonesianDates {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private static final Map<String, String> LABELS =
      Map.of(
          "Asia/Jakarta", "WIB",
          "Asia/Pontianak", "WIB",
          "Asia/Makassar", "WITA",
          "Asia/Jayapura", "WIT");
  private static final Map<ZoneId, IndonesianDates> BY_ZONE = new ConcurrentHashMap<>();
  private static final DateTimeFormatter DATE_LINE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", INDONESIAN);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final String[] DAY_NAMES =
      Arrays.stream(DayOfWeek.values())
          .map(d -> d.getDisplayName(TextStyle.FULL, INDONESIAN))
          .toArray(String[]::new);
  private static final String[] MONTH_NAMES =
      Arrays.stream(Month.values())
          .map(m -> m.getDisplayName(TextStyle.FULL, INDONESIAN))
          .toArray(String[]::new);

  private final ZoneId zone;
  private final String label;

  private IndonesianDates(ZoneId zone) {
    this.zone = zone;
    this.label = LABELS.getOrDefault(zone.getId(), offsetLabel(zone));
  }

  public static IndonesianDates forZone(ZoneId zone) {
    return BY_ZONE.computeIfAbsent(zone, IndonesianDates::new);
  }

  private static String offsetLabel(ZoneId zone) {
    String offset = zone.getRules().getOffset(Instant.now()).getId();
    return "Z".equals(offset) ? "UTC" : "UTC" + offset;
  }

  /**
   * Reads a date line such as "Rabu 23 Juni 2021, 12:15 WIB" back into an instant; the zone comes
   * from its label (WIB, WITA, WIT).
   */
  public static Instant parseDateLine(String line) {
    String text = line.replace('\u00a0', ' ').strip();
    int space = text.lastIndexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("Not a date line: " + line);
    }
    String label = text.substring(space + 1);
    ZoneId zone =
        LABELS.entrySet().stream()
            .filter(e -> e.getValue().equals(label) && !e.getKey().equals("Asia/Pontianak"))
            .map(e -> ZoneId.of(e.getKey()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown zone label: " + label));
    try {
      return LocalDateTime.parse(text.substring(0, space), DATE_LINE).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a date line: " + line, e);
    }
  }

  public ZoneId zone() {
    return zone;
  }

  /** WIB, WITA or WIT. */
  public String zoneLabel() {
    return label;
  }

  /** "Rabu 23 Juni 2021, 12:15 WIB". */
  public String dateLine(Instant instant) {
    LocalDateTime t = local(instant, zone.getRules().getOffset(instant));
    if (t.getYear() < 1000 || t.getYear() > 9999) {
      return DATE_LINE.format(instant.atZone(zone)) + " " + label;
    }
    // As DATE_LINE writes it (IndonesianDatesTest compares), without a formatter's work per call:
    // every list item and card shows a date line and an ISO date.
    var line = new StringBuilder(40);
    line.append(DAY_NAMES[t.getDayOfWeek().ordinal()]).append(' ').append(t.getDayOfMonth());
    line.append(' ').append(MONTH_NAMES[t.getMonthValue() - 1]).append(' ').append(t.getYear());
    line.append(", ");
    twoDigits(line, t.getHour()).append(':');
    twoDigits(line, t.getMinute()).append(' ').append(label);
    return line.toString();
  }

  private static LocalDateTime local(Instant instant, ZoneOffset offset) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
  }

  private static StringBuilder twoDigits(StringBuilder to, int value) {
    return to.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** "Rabu 23 Juni 2021". */
  public String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "23 Juni 2021". */
  public String shortDay(LocalDate date) {
    return SHORT_DAY.format(date);
  }

  public LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The first instant of the given day in the site's zone. */
  public Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  /** ISO-8601 with the zone's offset, for machines: "2021-06-23T12:15:00+07:00". */
  public String iso(Instant instant) {
    ZoneOffset offset = zone.getRules().getOffset(instant);
    LocalDateTime t = local(instant, offset);
    if (t.getYear() < 1000 || t.getYear() > 9999) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.ofInstant(instant, zone));
    }
    // As ISO_OFFSET_DATE_TIME writes it: seconds always, a fraction only when there is one.
    var iso = new StringBuilder(32);
    iso.append(t.getYear()).append('-');
    twoDigits(iso, t.getMonthValue()).append('-');
    twoDigits(iso, t.getDayOfMonth()).append('T');
    twoDigits(iso, t.getHour()).append(':');
    twoDigits(iso, t.getMinute()).append(':');
    twoDigits(iso, t.getSecond());
    if (t.getNano() > 0) {
      String fraction = Integer.toString(1_000_000_000 + t.getNano()).substring(1);
      int end = fraction.length();
      while (fraction.charAt(end - 1) == '0') {
        end--;
      }
      iso.append('.').append(fraction, 0, end);
    }
    return iso.append(offset.getId()).toString();
  }
}
