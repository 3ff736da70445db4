package dev.ascform.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Apple's valid sales report combinations (Apple doc {@code get-v1-salesreports}, "Allowed values
 * based on sales report type"; version 1_2 of the subscription reports is no longer served). Our
 * own table of those facts: one row per type and sub type, with its frequencies and versions (the
 * first version is the one sent when {@code --version} is omitted).
 */
public final class SalesCatalog {
  /** One row of the table. */
  public record Row(
      String type, String subType, List<Frequency> frequencies, List<String> versions) {
    public Row {
      frequencies = List.copyOf(frequencies);
      versions = List.copyOf(versions);
    }

    String describe() {
      return type
          + " "
          + subType
          + ": frequency "
          + names(frequencies)
          + "; version "
          + String.join(", ", versions);
    }
  }

  private static final List<Frequency> ALL = List.of(Frequency.values());
  private static final List<Frequency> DAILY = List.of(Frequency.DAILY);
  private static final List<Frequency> DAILY_WEEKLY = List.of(Frequency.DAILY, Frequency.WEEKLY);
  private static final List<String> V1_0 = List.of("1_0");
  private static final List<String> SUBSCRIPTIONS = List.of("1_3", "1_4");

  /** The table, in Apple's type order. */
  public static final List<Row> ROWS =
      List.of(
          new Row("SALES", "SUMMARY", ALL, List.of("1_0", "1_1")),
          new Row("PRE_ORDER", "SUMMARY", ALL, V1_0),
          new Row("NEWSSTAND", "DETAILED", DAILY_WEEKLY, V1_0),
          new Row("SUBSCRIPTION", "SUMMARY", DAILY, SUBSCRIPTIONS),
          new Row("SUBSCRIPTION_EVENT", "SUMMARY", DAILY, SUBSCRIPTIONS),
          new Row("SUBSCRIBER", "DETAILED", DAILY, SUBSCRIPTIONS),
          new Row("SUBSCRIPTION_OFFER_CODE_REDEMPTION", "SUMMARY", DAILY, V1_0),
          new Row("INSTALLS", "SUMMARY_INSTALL_TYPE", DAILY_WEEKLY, V1_0),
          new Row("INSTALLS", "SUMMARY_TERRITORY", DAILY_WEEKLY, V1_0),
          new Row("INSTALLS", "SUMMARY_CHANNEL", DAILY_WEEKLY, V1_0),
          new Row("FIRST_ANNUAL", "DETAILED", DAILY, V1_0),
          new Row("FIRST_ANNUAL", "SUMMARY", DAILY, V1_0),
          new Row("WIN_BACK_ELIGIBILITY", "SUMMARY", DAILY, V1_0));

  private SalesCatalog() {}

  /**
   * Checks a combination before any request and returns the version to send. Throws {@link
   * ReportException} naming the wrong value and listing the allowed ones.
   */
  public static String check(String type, String subType, Frequency frequency, String version) {
    List<Row> forType =
        ROWS.stream().filter(r -> r.type().equals(type)).collect(Collectors.toList());
    if (forType.isEmpty()) {
      throw new ReportException(
          "'"
              + type
              + "' is not a sales report type. Allowed: "
              + String.join(", ", types())
              + ".");
    }
    Row row =
        forType.stream()
            .filter(r -> r.subType().equals(subType))
            .findFirst()
            .orElseThrow(() -> refuse("sub type '" + subType + "'", type, forType));
    if (!row.frequencies().contains(frequency)) {
      throw refuse("frequency " + frequency, type, forType);
    }
    if (version == null) {
      return row.versions().get(0);
    }
    if (!row.versions().contains(version)) {
      throw refuse("version '" + version + "'", type, forType);
    }
    return version;
  }

  /** Every report type, in table order. */
  public static Set<String> types() {
    Set<String> types = new LinkedHashSet<>();
    ROWS.forEach(r -> types.add(r.type()));
    return types;
  }

  private static ReportException refuse(String what, String type, List<Row> rows) {
    List<String> lines = new ArrayList<>();
    rows.forEach(r -> lines.add("  " + r.describe()));
    return new ReportException(
        what + " is not available for " + type + " reports. Allowed:\n" + String.join("\n", lines));
  }

  private static String names(List<Frequency> frequencies) {
    return frequencies.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
