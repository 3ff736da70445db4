package dev.ascform.sandbox.reports;

import dev.ascform.sandbox.store.Account;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Sales report files: Apple's column headers per report type, synthetic rows. */
final class SalesRows {
  static final String SALES_HEADER =
      String.join(
          "\t",
          "Provider",
          "Provider Country",
          "SKU",
          "Developer",
          "Title",
          "Version",
          "Product Type Identifier",
          "Units",
          "Developer Proceeds",
          "Begin Date",
          "End Date",
          "Customer Currency",
          "Country Code",
          "Currency of Proceeds",
          "Apple Identifier",
          "Customer Price",
          "Promo Code",
          "Parent Identifier",
          "Subscription",
          "Period",
          "Category",
          "CMB",
          "Device",
          "Supported Platforms",
          "Proceeds Reason",
          "Preserved Pricing",
          "Client",
          "Order Type");
  static final String SUBSCRIPTION_HEADER =
      String.join(
          "\t",
          "App Name",
          "App Apple ID",
          "Subscription Name",
          "Subscription Apple ID",
          "Subscription Group ID",
          "Standard Subscription Duration",
          "Subscription Offer Name",
          "Promotional Offer ID",
          "Customer Price",
          "Customer Currency",
          "Developer Proceeds",
          "Proceeds Currency",
          "Preserved Pricing",
          "Proceeds Reason",
          "Client",
          "Device",
          "State",
          "Country",
          "Active Standard Price Subscriptions",
          "Active Free Trial Introductory Offer Subscriptions",
          "Active Pay Up Front Introductory Offer Subscriptions",
          "Active Pay As You Go Introductory Offer Subscriptions",
          "Free Trial Promotional Offer Subscriptions",
          "Pay Up Front Promotional Offer Subscriptions",
          "Pay As You Go Promotional Offer Subscriptions",
          "Marketing Opt-Ins",
          "Billing Retry",
          "Grace Period",
          "Subscribers");
  static final String INSTALLS_HEADER =
      String.join(
          "\t",
          "Date",
          "App Apple ID",
          "App Name",
          "SKU",
          "Territory",
          "Install Type",
          "Channel",
          "Device",
          "Platform Version",
          "Installs");
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private SalesRows() {}

  static String render(
      Account account,
      String vendor,
      String type,
      String subType,
      String version,
      LocalDate start,
      LocalDate end) {
    StringBuilder tsv = new StringBuilder();
    switch (type) {
      case "SUBSCRIPTION":
      case "SUBSCRIPTION_EVENT":
      case "SUBSCRIBER":
        tsv.append(SUBSCRIPTION_HEADER).append('\n');
        break;
      case "INSTALLS":
        tsv.append(INSTALLS_HEADER).append('\n');
        break;
      default:
        tsv.append(SALES_HEADER).append('\n');
    }
    for (String[] app : Synthetic.apps(account)) {
      for (String[] c : Synthetic.COUNTRIES) {
        int units =
            Synthetic.number(vendor, type, subType, version, start.toString(), app[1], c[0]);
        if (units == 0) {
          continue;
        }
        tsv.append(row(account, type, app, c, units, start, end)).append('\n');
      }
    }
    return tsv.toString();
  }

  private static String row(
      Account account,
      String type,
      String[] app,
      String[] c,
      int units,
      LocalDate start,
      LocalDate end) {
    switch (type) {
      case "SUBSCRIPTION":
      case "SUBSCRIPTION_EVENT":
      case "SUBSCRIBER":
        return String.join(
            "\t",
            app[2],
            app[0],
            app[2] + " Monthly",
            "2" + app[0].substring(1),
            "20000001",
            "1 Month",
            "",
            "",
            c[2],
            c[1],
            c[3],
            c[1],
            "",
            "",
            "",
            "iPhone",
            "",
            c[0],
            Integer.toString(units),
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            Integer.toString(units));
      case "INSTALLS":
        return String.join(
            "\t",
            start.toString(),
            app[0],
            app[2],
            app[1],
            c[0],
            "First-time download",
            "App Store search",
            "iPhone",
            "iOS 18",
            Integer.toString(units));
      default:
        return String.join(
            "\t",
            "APPLE",
            "US",
            app[1],
            account.team().name(),
            app[2],
            "1.0",
            "1F",
            Integer.toString(units),
            c[3],
            start.format(US),
            end.format(US),
            c[1],
            c[0],
            c[1],
            app[0],
            c[2],
            "",
            "",
            "",
            "",
            "Productivity",
            "",
            "iPhone",
            "iOS",
            "",
            "",
            "",
            "");
    }
  }
}
