package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ascform reports}: the parent of {@code sales} and {@code finance}; alone it prints usage.
 */
@Command(
    name = "reports",
    mixinStandardHelpOptions = true,
    description = {
      "Download sales and finance reports (gzip TSV from Apple), one file per period.",
      "Exit codes: 0 every period downloaded or already there, 2 some period has no report, 1"
          + " error."
    },
    footer = {
      "",
      "Examples:",
      "  ./ascform reports sales --sandbox -c examples/acme --vendor 85012345 \\",
      "      --type SALES --subtype SUMMARY --frequency DAILY --date 2026-11-01 \\",
      "      -o reports/",
      "  ./ascform reports finance --vendor 85012345 --region-code ZZ \\",
      "      --report-date 2026-09 -o reports/"
    },
    subcommands = {SalesReportsCommand.class, FinanceReportsCommand.class})
public final class ReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.ERROR;
  }
}
