package dev.ascform.reports;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One checked report request, without its date: every value has passed Apple's combination rules.
 * File names are predictable (see {@link #fileName}), so a rerun finds what is already there.
 */
public sealed interface ReportSpec permits ReportSpec.Sales, ReportSpec.Finance {
  /** The vendor number. */
  String vendor();

  /** How the report's periods step. */
  Frequency frequency();

  /**
   * The final file name of one period: {@code sales_<TYPE>_<SUBTYPE>_<FREQUENCY>_<date>_<vendor>}
   * (plus {@code _v<version>} when a version was asked for explicitly) or {@code
   * finance_<TYPE>_<REGION>_<YYYY-MM>_<vendor>}, then the format's extension.
   */
  String fileName(LocalDate period, ReportFormat format);

  /**
   * A checked sales report; {@code version} is what is sent, {@code versionGiven} puts it in names.
   */
  record Sales(
      String vendor,
      String type,
      String subType,
      Frequency frequency,
      String version,
      boolean versionGiven)
      implements ReportSpec {
    /** Checks the combination (before any request) and resolves the version. */
    public static Sales of(
        String vendor, String type, String subType, Frequency frequency, String version) {
      checkVendor(vendor);
      String resolved = SalesCatalog.check(type, subType, frequency, version);
      return new Sales(vendor, type, subType, frequency, resolved, version != null);
    }

    @Override
    public String fileName(LocalDate period, ReportFormat format) {
      String name =
          "sales_"
              + type
              + "_"
              + subType
              + "_"
              + frequency
              + "_"
              + frequency.format(period)
              + "_"
              + vendor;
      return (versionGiven ? name + "_v" + version : name) + "." + format.extension();
    }
  }

  /** A checked finance report (monthly: Apple fiscal months). */
  record Finance(String vendor, String type, String region) implements ReportSpec {
    /** Checks type and region (before any request). */
    public static Finance of(String vendor, String type, String region) {
      checkVendor(vendor);
      FinanceCatalog.check(type, region);
      return new Finance(vendor, type, region);
    }

    @Override
    public Frequency frequency() {
      return Frequency.MONTHLY;
    }

    @Override
    public String fileName(LocalDate period, ReportFormat format) {
      return "finance_"
          + type
          + "_"
          + region
          + "_"
          + Frequency.MONTHLY.format(period)
          + "_"
          + vendor
          + "."
          + format.extension();
    }
  }

  /** Vendor numbers are digits (they end up in file names). */
  private static void checkVendor(String vendor) {
    if (vendor == null || !Pattern.matches("[0-9]{1,20}", vendor)) {
      throw new ReportException(
          "'"
              + vendor
              + "' is not a vendor number: use the digits shown in App Store Connect"
              + " under Payments and Financial Reports.");
    }
  }
}
