package dev.ascform.sandbox.reports;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * salesReports and financeReports: gzip-compressed tab-separated files ({@code application/a-gzip})
 * with Apple's column headers and deterministic synthetic rows, for the account's vendor numbers
 * only. Invalid combinations and dates are 400; a period that has not ended yet is 404 (no report
 * yet).
 */
public final class Reports {
  private Reports() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("salesReports_getCollection", Reports::sales);
    handlers.put("financeReports_getCollection", Reports::finance);
  }

  static Response sales(Request req) {
    String vendor = vendor(req);
    String type = req.query().get("filter[reportType]").orElseThrow();
    String subType = req.query().get("filter[reportSubType]").orElseThrow();
    String frequency = req.query().get("filter[frequency]").orElseThrow();
    String version =
        ReportRules.checkSales(
            type, subType, frequency, req.query().get("filter[version]").orElse(null));
    LocalDate today = LocalDate.ofInstant(req.clock().instant(), ZoneOffset.UTC);
    LocalDate start =
        ReportRules.start(
            frequency,
            req.query().get("filter[reportDate]").orElse(null),
            today,
            "filter[reportDate]");
    LocalDate end = ReportRules.end(frequency, start);
    notYet(end, today);
    String tsv = SalesRows.render(req.account(), vendor, type, subType, version, start, end);
    return Response.bytes(200, gzip(tsv), "application/a-gzip");
  }

  static Response finance(Request req) {
    String vendor = vendor(req);
    String type = req.query().get("filter[reportType]").orElseThrow();
    String region = req.query().get("filter[regionCode]").orElseThrow();
    String date = req.query().get("filter[reportDate]").orElseThrow();
    if (type.equals("FINANCE_DETAIL") && !region.equals("Z1")) {
      throw ReportRules.invalid(
          "filter[regionCode]", "FINANCE_DETAIL reports exist only for the region code Z1.");
    }
    if (type.equals("FINANCIAL") && !FinanceRows.REGIONS.contains(region)) {
      throw ReportRules.invalid(
          "filter[regionCode]",
          "'"
              + region
              + "' is not a financial report region code (ZZ for all regions, or one of "
              + FinanceRows.REGIONS
              + ").");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(date);
    } catch (DateTimeParseException e) {
      throw ReportRules.invalid(
          "filter[reportDate]", "'" + date + "' is not a fiscal month (YYYY-MM).");
    }
    LocalDate today = LocalDate.ofInstant(req.clock().instant(), ZoneOffset.UTC);
    notYet(month.atEndOfMonth(), today);
    return Response.bytes(
        200,
        gzip(FinanceRows.render(req.account(), vendor, type, region, month)),
        "application/a-gzip");
  }

  private static String vendor(Request req) {
    String vendor = req.query().get("filter[vendorNumber]").orElseThrow();
    if (!req.account().team().vendorNumbers().contains(vendor)) {
      throw new ApiException(
          403,
          "FORBIDDEN_ERROR",
          "This request is forbidden for security reasons",
          "You are not authorized to access reports for the vendor number '"
              + vendor
              + "'. This sandbox account's vendor numbers: "
              + String.join(", ", req.account().team().vendorNumbers())
              + ".",
          Map.of("parameter", "filter[vendorNumber]"));
    }
    return vendor;
  }

  private static void notYet(LocalDate end, LocalDate today) {
    if (!end.isBefore(today)) {
      throw new ApiException(
          404,
          "NOT_FOUND",
          "The specified resource does not exist",
          "There were no sales for the date specified or the report is not available yet.",
          null);
    }
  }

  static byte[] gzip(String text) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
