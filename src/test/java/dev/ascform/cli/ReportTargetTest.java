package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.reports.ApiReportSource;
import dev.ascform.reports.DownloadResult;
import dev.ascform.reports.Downloader;
import dev.ascform.reports.Frequency;
import dev.ascform.reports.ReportFormat;
import dev.ascform.reports.ReportSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTargetTest {
  @TempDir Path tmp;

  @Test
  void sandboxTargetIsSeededFromBesideTheConfigAndKeepsItsDataInTheWorkDir() throws Exception {
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(
        config.resolve("sandbox-seed.yaml"), "team:\n  vendorNumbers: [\"85012345\"]\n");
    ReportOutputOptions output = new ReportOutputOptions();
    output.sandbox = true;
    output.config = config;
    StringWriter err = new StringWriter();

    try (ReportTarget target =
        ReportTarget.open(new ApiOptions(), output, new PrintWriter(err, true), tmp)) {
      ReportSpec spec =
          ReportSpec.Sales.of("85012345", "SALES", "SUMMARY", Frequency.MONTHLY, null);
      DownloadResult r =
          new Downloader(
                  new ApiReportSource(target.client()),
                  tmp.resolve("out"),
                  ReportFormat.TSV,
                  (d, t, date, o, detail) -> {})
              .run(spec, Frequency.MONTHLY.range("2025-01", null));

      assertThat(r.downloaded()).containsExactly("2025-01");
    }
    assertThat(err.toString()).contains("target: sandbox");
    assertThat(tmp.resolve(".ascform/sandbox")).isDirectory();
    assertThat(
            Files.readString(tmp.resolve("out/sales_SALES_SUMMARY_MONTHLY_2025-01_85012345.tsv")))
        .startsWith("Provider\t");
  }
}
