package dev.ascform.cli;

import dev.ascform.reports.Frequency;
import dev.ascform.reports.ReportSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascform reports sales}: sales and trends reports for one period or a range. */
@Command(
    name = "sales",
    mixinStandardHelpOptions = true,
    description = {
      "Download sales and trends reports (GET /v1/salesReports) for a date or a range.",
      "Dates: DAILY YYYY-MM-DD, WEEKLY YYYY-MM-DD (the week-ending Sunday), MONTHLY YYYY-MM, YEARLY"
          + " YYYY.",
      "Files: sales_<TYPE>_<SUBTYPE>_<FREQUENCY>_<date>_<vendor>[_v<version>].<tsv|csv|json>."
    },
    footer = {
      "",
      "Examples:",
      "  ./ascform reports sales --vendor 85012345 --type SALES \\",
      "      --subtype SUMMARY --frequency DAILY --date 2026-11-01 \\",
      "      --to 2026-11-07 --format csv -o reports/",
      "  ./ascform reports sales --sandbox -c examples/acme --vendor 85012345 \\",
      "      --type SALES --subtype SUMMARY --frequency MONTHLY --date 2026-10 \\",
      "      -o reports/",
      "  # Your vendor number: App Store Connect, Payments and Financial Reports.",
      "  # The sandbox has those of the sandbox-seed.yaml beside -c",
      "  # (examples/acme: 85012345), else 80000000."
    })
public final class SalesReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ApiOptions api;
  @Mixin ReportOutputOptions output;

  /** --help only: --version is the report version here, so no standard help mixin. */
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--vendor", required = true, paramLabel = "N", description = "vendor number")
  String vendor;

  @Option(
      names = "--type",
      required = true,
      paramLabel = "T",
      description = "report type, e.g. SALES, SUBSCRIPTION, INSTALLS")
  String type;

  @Option(
      names = "--subtype",
      required = true,
      paramLabel = "S",
      description = "report sub type, e.g. SUMMARY, DETAILED")
  String subType;

  @Option(
      names = "--frequency",
      required = true,
      paramLabel = "F",
      description = "DAILY, WEEKLY, MONTHLY or YEARLY")
  String frequency;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "D",
      description = "report date (first of the range)")
  String date;

  @Option(
      names = "--to",
      paramLabel = "D2",
      description = "last report date of a range (inclusive)")
  String to;

  @Option(
      names = "--version",
      paramLabel = "V",
      description = "report version, e.g. 1_0 (default: the table's current one)")
  String version;

  @Override
  public Integer call() {
    return ReportsRun.run(
        spec,
        api,
        output,
        () -> {
          Frequency f = ReportsRun.frequency(frequency);
          ReportSpec report = ReportSpec.Sales.of(vendor, type, subType, f, version);
          List<LocalDate> periods = f.range(date, to);
          return new ReportsRun.Job(report, periods);
        });
  }
}
