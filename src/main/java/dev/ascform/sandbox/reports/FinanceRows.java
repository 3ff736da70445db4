package dev.ascform.sandbox.reports;

import dev.ascform.sandbox.store.Account;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Finance report files: FINANCIAL (per region) and FINANCE_DETAIL (Z1), synthetic rows. */
final class FinanceRows {
  /** Apple's FINANCIAL region codes ({@code ZZ}: all regions consolidated). */
  static final List<String> REGIONS =
      List.of(
          "ZZ", "AE", "AU", "BR", "CA", "CH", "CL", "CN", "CO", "CZ", "DK", "EG", "EU", "GB", "HK",
          "HU", "ID", "IL", "IN", "JP", "KR", "KZ", "LL", "MX", "MY", "NG", "NO", "NZ", "PE", "PH",
          "PK", "PL", "QA", "RO", "RU", "SA", "SE", "SG", "TH", "TR", "TW", "TZ", "US", "VN", "WW",
          "ZA");

  static final String FINANCIAL_HEADER =
      String.join(
          "\t",
          "Start Date",
          "End Date",
          "UPC",
          "ISRC/ISBN",
          "Vendor Identifier",
          "Quantity",
          "Partner Share",
          "Extended Partner Share",
          "Partner Share Currency",
          "Sales or Return",
          "Apple Identifier",
          "Artist/Show/Developer/Author",
          "Title",
          "Label/Studio/Network/Developer/Publisher",
          "Grid",
          "Product Type Identifier",
          "ISAN/Other Identifier",
          "Country Of Sale",
          "Pre-order Flag",
          "Promo Code",
          "Customer Price",
          "Customer Currency");
  static final String DETAIL_HEADER =
      String.join(
          "\t",
          "Transaction Date",
          "Settlement Date",
          "Apple Identifier",
          "SKU",
          "Title",
          "Developer Name",
          "Product Type Identifier",
          "Country of Sale",
          "Quantity",
          "Partner Share",
          "Extended Partner Share",
          "Partner Share Currency",
          "Customer Price",
          "Customer Currency",
          "Sales or Return",
          "Promo Code",
          "Order Type",
          "Region");
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private FinanceRows() {}

  static String render(
      Account account, String vendor, String type, String region, YearMonth month) {
    boolean detail = type.equals("FINANCE_DETAIL");
    StringBuilder tsv = new StringBuilder(detail ? DETAIL_HEADER : FINANCIAL_HEADER).append('\n');
    String start = month.atDay(1).format(US);
    String end = month.atEndOfMonth().format(US);
    for (String[] app : Synthetic.apps(account)) {
      for (String[] c : Synthetic.COUNTRIES) {
        if (!detail
            && !region.equals("ZZ")
            && !region.equals(c[0])
            && !(region.equals("EU") && c[1].equals("EUR"))) {
          continue;
        }
        int qty = Synthetic.number(vendor, type, region, month.toString(), app[1], c[0]);
        if (qty == 0) {
          continue;
        }
        String extended = String.format(Locale.ROOT, "%.2f", qty * Double.parseDouble(c[3]));
        if (detail) {
          tsv.append(
                  String.join(
                      "\t",
                      start,
                      end,
                      app[0],
                      app[1],
                      app[2],
                      account.team().name(),
                      "1F",
                      c[0],
                      Integer.toString(qty),
                      c[3],
                      extended,
                      c[1],
                      c[2],
                      c[1],
                      "S",
                      "",
                      "",
                      "Americas"))
              .append('\n');
        } else {
          tsv.append(
                  String.join(
                      "\t",
                      start,
                      end,
                      "",
                      "",
                      app[1],
                      Integer.toString(qty),
                      c[3],
                      extended,
                      c[1],
                      "S",
                      app[0],
                      account.team().name(),
                      app[2],
                      "",
                      "",
                      "1F",
                      "",
                      c[0],
                      "",
                      "",
                      c[2],
                      c[1]))
              .append('\n');
        }
      }
    }
    tsv.append("Total_Rows\t").append(tsv.toString().split("\n").length - 1).append('\n');
    return tsv.toString();
  }
}
