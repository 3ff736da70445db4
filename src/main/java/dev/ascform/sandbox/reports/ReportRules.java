package dev.ascform.sandbox.reports;

import dev.ascform.sandbox.http.ApiException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Which sales report combinations exist (type, subtype, frequencies, versions), after Apple's table
 * in {@code get-v1-salesreports}, and how report dates are written per frequency.
 */
final class ReportRules {
  /** A valid combination: subtypes, frequencies and versions (the first is the default). */
  record Combo(List<String> subTypes, List<String> frequencies, List<String> versions) {}

  static final Map<String, Combo> SALES =
      Map.of(
          "SALES",
              new Combo(
                  List.of("SUMMARY"),
                  List.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
                  List.of("1_0", "1_1")),
          "PRE_ORDER",
              new Combo(
                  List.of("SUMMARY"),
                  List.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
                  List.of("1_0")),
          "NEWSSTAND", new Combo(List.of("DETAILED"), List.of("DAILY", "WEEKLY"), List.of("1_0")),
          "SUBSCRIPTION", new Combo(List.of("SUMMARY"), List.of("DAILY"), List.of("1_3", "1_4")),
          "SUBSCRIPTION_EVENT",
              new Combo(List.of("SUMMARY"), List.of("DAILY"), List.of("1_3", "1_4")),
          "SUBSCRIBER", new Combo(List.of("DETAILED"), List.of("DAILY"), List.of("1_3", "1_4")),
          "SUBSCRIPTION_OFFER_CODE_REDEMPTION",
              new Combo(List.of("SUMMARY"), List.of("DAILY"), List.of("1_0")),
          "INSTALLS",
              new Combo(
                  List.of("SUMMARY_INSTALL_TYPE", "SUMMARY_TERRITORY", "SUMMARY_CHANNEL"),
                  List.of("DAILY", "WEEKLY"),
                  List.of("1_0")),
          "FIRST_ANNUAL", new Combo(List.of("DETAILED"), List.of("DAILY"), List.of("1_0")),
          "WIN_BACK_ELIGIBILITY", new Combo(List.of("SUMMARY"), List.of("DAILY"), List.of("1_0")));

  private ReportRules() {}

  /** Checks the combination and returns the version to use. */
  static String checkSales(String type, String subType, String frequency, String version) {
    Combo combo = SALES.get(type);
    if (!combo.subTypes().contains(subType)) {
      throw invalid(
          "filter[reportSubType]",
          "The report sub type '"
              + subType
              + "' is not available for "
              + type
              + " reports. Use one of "
              + combo.subTypes()
              + ".");
    }
    if (!combo.frequencies().contains(frequency)) {
      throw invalid(
          "filter[frequency]",
          "The frequency '"
              + frequency
              + "' is not available for "
              + type
              + " reports. Use one of "
              + combo.frequencies()
              + ".");
    }
    if (version != null && !combo.versions().contains(version)) {
      throw invalid(
          "filter[version]",
          "The version '"
              + version
              + "' is not available for "
              + type
              + " reports. Use one of "
              + combo.versions()
              + ".");
    }
    return version == null ? combo.versions().get(0) : version;
  }

  /**
   * The first day covered by a report with this frequency and date (the latest complete one when
   * null).
   */
  static LocalDate start(String frequency, String reportDate, LocalDate today, String parameter) {
    try {
      switch (frequency) {
        case "DAILY":
          return reportDate == null ? today.minusDays(1) : LocalDate.parse(reportDate);
        case "WEEKLY":
          return (reportDate == null
                  ? today.minusDays(today.getDayOfWeek().getValue())
                  : LocalDate.parse(reportDate))
              .minusDays(6);
        case "MONTHLY":
          return (reportDate == null
                  ? YearMonth.from(today).minusMonths(1)
                  : YearMonth.parse(reportDate))
              .atDay(1);
        default:
          return (reportDate == null ? Year.from(today).minusYears(1) : Year.parse(reportDate))
              .atDay(1);
      }
    } catch (DateTimeParseException e) {
      throw invalid(
          parameter,
          "'"
              + reportDate
              + "' is not a valid report date for "
              + frequency
              + " reports (DAILY and WEEKLY: YYYY-MM-DD, MONTHLY: YYYY-MM, YEARLY: YYYY).");
    }
  }

  /** The last day covered. */
  static LocalDate end(String frequency, LocalDate start) {
    switch (frequency) {
      case "DAILY":
        return start;
      case "WEEKLY":
        return start.plusDays(6);
      case "MONTHLY":
        return start.plusMonths(1).minusDays(1);
      default:
        return start.plusYears(1).minusDays(1);
    }
  }

  static ApiException invalid(String parameter, String detail) {
    return ApiException.parameter("PARAMETER_ERROR.INVALID", parameter, detail);
  }
}
