package dev.ascform.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often a report is produced, and how its {@code reportDate} is written: DAILY {@code
 * YYYY-MM-DD}, WEEKLY {@code YYYY-MM-DD} of the week-ending Sunday, MONTHLY {@code YYYY-MM}, YEARLY
 * {@code YYYY}. A period is represented by a {@link LocalDate}: the day, the Sunday, the first of
 * the month or January 1st.
 */
public enum Frequency {
  DAILY("YYYY-MM-DD", "[0-9]{4}-[0-9]{2}-[0-9]{2}"),
  WEEKLY("YYYY-MM-DD (a Sunday: the week's last day)", "[0-9]{4}-[0-9]{2}-[0-9]{2}"),
  MONTHLY("YYYY-MM", "[0-9]{4}-[0-9]{2}"),
  YEARLY("YYYY", "[0-9]{4}");

  /** At most this many periods in one range, so a typo cannot start ten thousand requests. */
  public static final int MAX_PERIODS = 1000;

  private final String pattern;
  private final String shape;

  Frequency(String pattern, String shape) {
    this.pattern = pattern;
    this.shape = shape;
  }

  /** The date format, for messages. */
  public String pattern() {
    return pattern;
  }

  /** Parses a report date for this frequency; throws {@link ReportException} with the format. */
  public LocalDate parse(String text) {
    try {
      if (text == null || !text.matches(shape)) {
        throw new DateTimeParseException("wrong shape", String.valueOf(text), 0);
      }
      switch (this) {
        case DAILY:
          return LocalDate.parse(text);
        case WEEKLY:
          return sunday(LocalDate.parse(text));
        case MONTHLY:
          return YearMonth.parse(text).atDay(1);
        default:
          return Year.parse(text).atDay(1);
      }
    } catch (DateTimeParseException e) {
      throw new ReportException(
          "'" + text + "' is not a " + name() + " report date: use " + pattern + ".");
    }
  }

  private static LocalDate sunday(LocalDate date) {
    if (date.getDayOfWeek() != DayOfWeek.SUNDAY) {
      LocalDate next = date.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
      throw new ReportException(
          date
              + " is a "
              + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + "; WEEKLY reports are dated by the Sunday that ends the week: use "
              + next
              + ".");
    }
    return date;
  }

  /** The {@code reportDate} text of a period. */
  public String format(LocalDate period) {
    switch (this) {
      case MONTHLY:
        return YearMonth.from(period).toString();
      case YEARLY:
        return String.valueOf(period.getYear());
      default:
        return period.toString();
    }
  }

  /** The period after this one. */
  public LocalDate next(LocalDate period) {
    switch (this) {
      case DAILY:
        return period.plusDays(1);
      case WEEKLY:
        return period.plusWeeks(1);
      case MONTHLY:
        return period.plusMonths(1);
      default:
        return period.plusYears(1);
    }
  }

  /** Every period from {@code from} to {@code to} (inclusive; {@code to} null means just one). */
  public List<LocalDate> range(String from, String to) {
    LocalDate first = parse(from);
    LocalDate last = to == null ? first : parse(to);
    if (last.isBefore(first)) {
      throw new ReportException("--to " + to + " is before the start date " + from + ".");
    }
    List<LocalDate> periods = new ArrayList<>();
    for (LocalDate p = first; !p.isAfter(last); p = next(p)) {
      if (periods.size() == MAX_PERIODS) {
        throw new ReportException(
            "the range "
                + from
                + " to "
                + to
                + " holds more than "
                + MAX_PERIODS
                + " "
                + name()
                + " periods; download it in smaller ranges.");
      }
      periods.add(p);
    }
    return periods;
  }
}
