package dev.ascform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.PrivateKeys;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import dev.ascform.sandbox.TeamKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader against the in-process sandbox (its "today" is 2026-11-05). */
class SandboxReportsTest {
  private static final String VENDOR = "80000000";
  @TempDir Path dir;
  private Sandbox sandbox;
  private ReportSource source;
  private final List<String> requested = new ArrayList<>();

  @BeforeEach
  void start() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-05T12:00:00Z"), ZoneOffset.UTC);
    sandbox = Sandbox.start(SandboxOptions.defaults().withClock(clock));
    TeamKey key = sandbox.teamKey();
    AscClient client =
        AscClient.builder()
            .baseUrl(sandbox.baseUrl())
            .clock(clock)
            .credentials(
                new ApiCredentials(
                    key.keyId(),
                    key.issuerId(),
                    PrivateKeys.parsePem(key.privateKeyPem(), "test"),
                    "test"))
            .build();
    ReportSource api = new ApiReportSource(client);
    source =
        (spec, date) -> {
          requested.add(date);
          return api.open(spec, date);
        };
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private DownloadResult download(ReportSpec spec, String from, String to, ReportFormat format) {
    return new Downloader(source, dir, format, (d, t, date, o, detail) -> {})
        .run(spec, spec.frequency().range(from, to));
  }

  private static ReportSpec daily() {
    return ReportSpec.Sales.of(VENDOR, "SALES", "SUMMARY", Frequency.DAILY, null);
  }

  @Test
  void aSingleSalesReportHasAppleHeaders() throws Exception {
    DownloadResult r = download(daily(), "2026-11-01", null, ReportFormat.TSV);

    assertThat(r.exitCode()).isZero();
    String tsv = Files.readString(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_80000000.tsv"));
    assertThat(tsv).startsWith("Provider\tProvider Country\tSKU\tDeveloper\tTitle");
  }

  @Test
  void theDayNotYetOverIsMissingAndTheOthersDownload() {
    DownloadResult r = download(daily(), "2026-11-03", "2026-11-05", ReportFormat.TSV);

    assertThat(r.downloaded()).containsExactly("2026-11-03", "2026-11-04");
    assertThat(r.missing()).containsExactly("2026-11-05");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-05_80000000.tsv")).doesNotExist();
  }

  @Test
  void resumingRequestsOnlyWhatIsNotComplete() throws Exception {
    download(daily(), "2026-11-01", "2026-11-02", ReportFormat.TSV);
    Files.writeString(
        dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-03_80000000.tsv.part"), "interrupted");
    requested.clear();

    DownloadResult r = download(daily(), "2026-11-01", "2026-11-04", ReportFormat.TSV);

    assertThat(requested).containsExactly("2026-11-03", "2026-11-04");
    assertThat(r.skipped()).containsExactly("2026-11-01", "2026-11-02");
    assertThat(Files.readString(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-03_80000000.tsv")))
        .startsWith("Provider\t");
    assertThat(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-03_80000000.tsv.part"))
        .doesNotExist();
  }

  @Test
  void eachFormatHoldsTheSameRows() throws Exception {
    download(daily(), "2026-11-01", null, ReportFormat.TSV);
    download(daily(), "2026-11-01", null, ReportFormat.CSV);
    download(daily(), "2026-11-01", null, ReportFormat.JSON);

    List<String> tsv =
        Files.readAllLines(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_80000000.tsv"));
    List<String> csv =
        Files.readAllLines(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_80000000.csv"));
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_80000000.json").toFile());
    long rows = tsv.stream().filter(l -> !l.isEmpty()).count() - 1;
    assertThat(csv.get(0)).startsWith("Provider,Provider Country,SKU,Developer,Title");
    assertThat(csv.stream().filter(l -> !l.isEmpty()).count() - 1).isEqualTo(rows);
    assertThat(json.size()).isEqualTo((int) rows);
    assertThat(json.get(0).has("Provider Country")).isTrue();
  }

  @Test
  void financeDetailDownloadsForZ1() throws Exception {
    DownloadResult r =
        download(
            ReportSpec.Finance.of(VENDOR, "FINANCE_DETAIL", "Z1"),
            "2026-09",
            "2026-10",
            ReportFormat.TSV);

    assertThat(r.downloaded()).containsExactly("2026-09", "2026-10");
    assertThat(dir.resolve("finance_FINANCE_DETAIL_Z1_2026-10_80000000.tsv")).exists();
  }
}
