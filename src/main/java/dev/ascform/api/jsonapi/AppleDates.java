package dev.ascform.api.jsonapi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * The one parser for the date-times Apple sends. Its OpenAPI document says only {@code date-time};
 * the responses carry several forms, and every one of them reads here:
 *
 * <ul>
 *   <li>{@code 2020-02-01T20:50:34.000+0000}: offset without a colon (provisioning resources:
 *       certificates, profiles);
 *   <li>{@code 2025-11-06T14:40:31Z} and {@code 2025-11-06T14:40:31.123Z};
 *   <li>{@code 2025-11-06T06:40:31-08:00}: a local offset with a colon;
 *   <li>{@code ±HH} alone, seconds or fraction (any number of digits) left out, a lower-case {@code
 *       t}/{@code z} or a space between date and time (RFC 3339 allows both);
 *   <li>no offset at all: read as UTC, since a date-time without one is not a point in time and
 *       refusing it would stop a whole plan over one attribute.
 * </ul>
 *
 * <p>Callers reading a resource use {@link Resource#instant(String)}, which names the resource
 * type, its id and the attribute when a value is still not a date-time.
 */
public final class AppleDates {
  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMMss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private AppleDates() {}

  /**
   * The instant this text names.
   *
   * @throws DateTimeParseException when it is not a date-time in any form Apple uses
   */
  public static Instant parse(String text) {
    String t = text.trim();
    TemporalAccessor parsed = FORMAT.parse(t);
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset =
        parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
    return local.toInstant(offset);
  }

  /** The instant, or empty when the text is null or not a date-time. */
  public static Optional<Instant> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
