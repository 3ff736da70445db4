package dev.ascform.cli;

import dev.ascform.reports.Frequency;
import dev.ascform.reports.ReportSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascform reports finance}: financial reports per Apple fiscal month. */
@Command(
    name = "finance",
    mixinStandardHelpOptions = true,
    description = {
      "Download financial reports (GET /v1/financeReports) for a fiscal month or a range of them.",
      "FINANCIAL: region code ZZ (all regions) or one region; FINANCE_DETAIL: region code Z1 only.",
      "Files: finance_<TYPE>_<REGION>_<YYYY-MM>_<vendor>.<tsv|csv|json>."
    },
    footer = {
      "",
      "Examples:",
      "  ./ascform reports finance --vendor 85012345 --region-code ZZ \\",
      "      --report-date 2026-09 --to 2026-11 -o reports/",
      "  ./ascform reports finance --vendor 85012345 --type FINANCE_DETAIL \\",
      "      --region-code Z1 --report-date 2026-09 -o reports/",
      "  ./ascform reports finance --sandbox -c examples/acme --vendor 85012345 \\",
      "      --region-code ZZ --report-date 2026-09 -o reports/"
    })
public final class FinanceReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ApiOptions api;
  @Mixin ReportOutputOptions output;

  @Option(names = "--vendor", required = true, paramLabel = "N", description = "vendor number")
  String vendor;

  @Option(
      names = "--region-code",
      required = true,
      paramLabel = "R",
      description = "ZZ, a region code, or Z1 for FINANCE_DETAIL")
  String region;

  @Option(
      names = "--report-date",
      required = true,
      paramLabel = "YYYY-MM",
      description = "fiscal month (first of the range)")
  String reportDate;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "last fiscal month of a range (inclusive)")
  String to;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      defaultValue = "FINANCIAL",
      description = "FINANCIAL or FINANCE_DETAIL (default ${DEFAULT-VALUE})")
  String type;

  @Override
  public Integer call() {
    return ReportsRun.run(
        spec,
        api,
        output,
        () ->
            new ReportsRun.Job(
                ReportSpec.Finance.of(vendor, type, region),
                Frequency.MONTHLY.range(reportDate, to)));
  }
}
