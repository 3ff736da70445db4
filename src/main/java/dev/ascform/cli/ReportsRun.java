package dev.ascform.cli;

import dev.ascform.api.auth.AccountCredentialRefs;
import dev.ascform.config.ConfigLoader;
import dev.ascform.diag.ConfigException;
import dev.ascform.model.CredentialRefs;
import dev.ascform.reports.ApiReportSource;
import dev.ascform.reports.DownloadResult;
import dev.ascform.reports.Downloader;
import dev.ascform.reports.Frequency;
import dev.ascform.reports.Outcome;
import dev.ascform.reports.ReportException;
import dev.ascform.reports.ReportFormat;
import dev.ascform.reports.ReportSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What both report commands do once their options are read: check the request (before any network),
 * open the target, download, print a summary, and map the result to an exit code.
 */
final class ReportsRun {
  /** A checked request: the report and its periods. */
  record Job(ReportSpec report, List<LocalDate> periods) {}

  /** Builds the job from the options; throws {@link ReportException} for a refused request. */
  @FunctionalInterface
  interface JobFactory {
    Job make();
  }

  private ReportsRun() {}

  static int run(CommandSpec spec, ApiOptions api, ReportOutputOptions output, JobFactory factory) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Job job = factory.make();
    ReportFormat format = output.reportFormat();
    try (ReportTarget target =
        ReportTarget.open(
            api,
            output,
            err,
            (output.sandboxHome != null ? output.sandboxHome : Path.of("")).toAbsolutePath())) {
      Progress progress = new Progress(err, System.console() != null);
      DownloadResult result =
          new Downloader(new ApiReportSource(target.client()), output.outputDir, format, progress)
              .run(job.report(), job.periods());
      out.println(result.summary());
      return result.exitCode();
    }
  }

  /** Parses {@code --frequency}, listing the allowed values when wrong. */
  static Frequency frequency(String text) {
    try {
      return Frequency.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new ReportException(
          "'" + text + "' is not a report frequency. Allowed: DAILY, WEEKLY, MONTHLY, YEARLY.");
    }
  }

  /** The config's credential references, or none when no config is given. */
  static AccountCredentialRefs credentialRefs(Path config) {
    if (config == null) {
      return AccountCredentialRefs.none();
    }
    CredentialRefs c;
    try {
      c = ConfigLoader.loadState(config).account().credentials();
    } catch (ConfigException e) {
      throw new ReportException(
          "the config "
              + config
              + " does not load (run ascform validate -c "
              + config
              + "): "
              + e.getMessage(),
          e);
    }
    return new AccountCredentialRefs(
        c.keyId().orElse(null),
        c.keyIdEnv().orElse(null),
        c.issuerId().orElse(null),
        c.issuerIdEnv().orElse(null),
        c.privateKeyPath().map(Path::toString).orElse(null),
        c.privateKeyEnv().orElse(null),
        c.apiKeyJson().map(Path::toString).orElse(null));
  }

  /**
   * Progress lines on stderr: {@code [3/10] 2026-11-03 downloaded file}; with a bar on a terminal.
   */
  static final class Progress implements dev.ascform.reports.Progress {
    private static final int WIDTH = 20;
    private final PrintWriter err;
    private final boolean terminal;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void period(int done, int total, String date, Outcome outcome, String detail) {
      String what;
      switch (outcome) {
        case DOWNLOADED:
          what = "downloaded " + detail;
          break;
        case SKIPPED:
          what = "already complete " + detail;
          break;
        default:
          what = "no report: " + detail;
      }
      String bar = terminal ? bar(done, total) + " " : "";
      err.println(bar + "[" + done + "/" + total + "] " + date + " " + what);
      err.flush();
    }

    private static String bar(int done, int total) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
  }
}
