package dev.ascform.reports;

import java.util.List;

/**
 * Apple's finance report rules: FINANCIAL reports per region code ({@code ZZ} consolidates every
 * region), FINANCE_DETAIL only for {@code Z1}; the date is an Apple fiscal month {@code YYYY-MM}.
 */
public final class FinanceCatalog {
  /** The finance report types. */
  public static final List<String> TYPES = List.of("FINANCIAL", "FINANCE_DETAIL");

  /** Region codes of FINANCIAL reports (Apple's "Financial report regions and currencies"). */
  public static final List<String> FINANCIAL_REGIONS =
      List.of(
          "ZZ", "AE", "AU", "BR", "CA", "CH", "CL", "CN", "CO", "CZ", "DK", "EG", "EU", "GB", "HK",
          "HU", "ID", "IL", "IN", "JP", "KR", "KZ", "LL", "MX", "MY", "NG", "NO", "NZ", "PE", "PH",
          "PK", "PL", "QA", "RO", "RU", "SA", "SE", "SG", "TH", "TR", "TW", "TZ", "US", "VN", "WW",
          "ZA");

  /** The only region code of FINANCE_DETAIL reports. */
  public static final String DETAIL_REGION = "Z1";

  private FinanceCatalog() {}

  /**
   * Checks type and region before any request; throws {@link ReportException} listing the allowed
   * values.
   */
  public static void check(String type, String region) {
    if (!TYPES.contains(type)) {
      throw new ReportException(
          "'"
              + type
              + "' is not a finance report type. Allowed: "
              + String.join(", ", TYPES)
              + ".");
    }
    if (type.equals("FINANCE_DETAIL") && !region.equals(DETAIL_REGION)) {
      throw new ReportException(
          "FINANCE_DETAIL reports exist only for region code "
              + DETAIL_REGION
              + " (got '"
              + region
              + "'). Allowed: "
              + DETAIL_REGION
              + ".");
    }
    if (type.equals("FINANCIAL") && !FINANCIAL_REGIONS.contains(region)) {
      throw new ReportException(
          "'"
              + region
              + "' is not a FINANCIAL report region code (ZZ for all regions"
              + " consolidated; Z1 is for FINANCE_DETAIL). Allowed: "
              + String.join(", ", FINANCIAL_REGIONS)
              + ".");
    }
  }
}
