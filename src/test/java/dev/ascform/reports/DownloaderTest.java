package dev.ascform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {
  @TempDir Path dir;
  private ReportServer server;
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new ReportServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static ReportSpec.Sales dailySales() {
    return ReportSpec.Sales.of("85000000", "SALES", "SUMMARY", Frequency.DAILY, null);
  }

  private DownloadResult download(ReportSpec spec, String from, String to, ReportFormat format) {
    Progress p =
        (done, total, date, outcome, detail) ->
            progress.add(done + "/" + total + " " + date + " " + outcome);
    return new Downloader(server.source(), dir, format, p)
        .run(spec, spec.frequency().range(from, to));
  }

  private List<String> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void downloadsOneReportUnderItsPredictableName() throws Exception {
    DownloadResult r = download(dailySales(), "2026-11-01", null, ReportFormat.TSV);

    assertThat(r.exitCode()).isZero();
    assertThat(files()).containsExactly("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv");
    assertThat(Files.readString(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv")))
        .isEqualTo(ReportServer.tsv("2026-11-01"));
    assertThat(server.apple.requests().get(0).query())
        .isEqualTo(
            "filter[vendorNumber]=85000000"
                + "&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY"
                + "&filter[reportDate]=2026-11-01&filter[version]=1_0");
  }

  @Test
  void aMissingDayIsReportedAndTheRestOfTheRangeDownloads() throws Exception {
    server.missing.add("2026-11-02");

    DownloadResult r = download(dailySales(), "2026-11-01", "2026-11-03", ReportFormat.TSV);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.missing()).containsExactly("2026-11-02");
    assertThat(r.downloaded()).containsExactly("2026-11-01", "2026-11-03");
    assertThat(files())
        .containsExactly(
            "sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv",
            "sales_SALES_SUMMARY_DAILY_2026-11-03_85000000.tsv");
    assertThat(progress)
        .containsExactly(
            "1/3 2026-11-01 DOWNLOADED", "2/3 2026-11-02 MISSING", "3/3 2026-11-03 DOWNLOADED");
  }

  @Test
  void anEmptySuccessBodyIsAMissingReportNotAnError() throws Exception {
    server.empty.add("2026-11-01");

    DownloadResult r = download(dailySales(), "2026-11-01", "2026-11-02", ReportFormat.TSV);

    assertThat(r.missing()).containsExactly("2026-11-01");
    assertThat(r.downloaded()).containsExactly("2026-11-02");
    assertThat(files()).containsExactly("sales_SALES_SUMMARY_DAILY_2026-11-02_85000000.tsv");
  }

  @Test
  void resumingRedoesAPartFileAndNeverRequestsCompleteOnes() throws Exception {
    Files.writeString(
        dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv"), "kept as is");
    Files.writeString(
        dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-02_85000000.tsv.part"), "half a rep");

    DownloadResult r = download(dailySales(), "2026-11-01", "2026-11-03", ReportFormat.TSV);

    assertThat(server.requestedDates()).containsExactly("2026-11-02", "2026-11-03");
    assertThat(r.skipped()).containsExactly("2026-11-01");
    assertThat(r.downloaded()).containsExactly("2026-11-02", "2026-11-03");
    assertThat(Files.readString(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv")))
        .isEqualTo("kept as is");
    assertThat(Files.readString(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-02_85000000.tsv")))
        .isEqualTo(ReportServer.tsv("2026-11-02"));
    assertThat(files()).noneMatch(f -> f.endsWith(Downloader.PART));
  }

  @Test
  void aSecondRunOfACompleteRangeMakesNoRequest() throws Exception {
    download(dailySales(), "2026-11-01", "2026-11-02", ReportFormat.TSV);
    int before = server.apple.requests().size();

    DownloadResult again = download(dailySales(), "2026-11-01", "2026-11-02", ReportFormat.TSV);

    assertThat(server.apple.requests()).hasSize(before);
    assertThat(again.skipped()).containsExactly("2026-11-01", "2026-11-02");
    assertThat(again.exitCode()).isZero();
  }

  @Test
  void aCorruptGzipStreamNamesTheDateAndFileAndLeavesNoFile() throws Exception {
    server.corrupt.add("2026-11-02");

    assertThatThrownBy(() -> download(dailySales(), "2026-11-01", "2026-11-03", ReportFormat.CSV))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("2026-11-02")
        .hasMessageContaining("sales_SALES_SUMMARY_DAILY_2026-11-02_85000000.csv")
        .hasMessageContaining("not a valid gzip stream");
    assertThat(files()).containsExactly("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.csv");
  }

  @Test
  void aBodyThatIsNotGzipAtAllNamesTheDateAndFile() throws Exception {
    server.notGzip.add("2026-11-01");

    assertThatThrownBy(() -> download(dailySales(), "2026-11-01", null, ReportFormat.TSV))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining(
            "the report for 2026-11-01 (sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv)")
        .hasMessageContaining("is not gzip data");
    assertThat(files()).isEmpty();
  }

  @Test
  void convertsToCsvWithRfc4180Quoting() throws Exception {
    download(dailySales(), "2026-11-01", null, ReportFormat.CSV);

    assertThat(
            Files.readString(
                dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.csv"),
                StandardCharsets.UTF_8))
        .isEqualTo(
            "Provider,SKU,Title,Units,Begin Date\r\n"
                + "APPLE,acme-1,\"Acme, \"\"Pro\"\"\",3,2026-11-01\r\n");
  }

  @Test
  void convertsToAJsonArrayKeyedByTheHeader() throws Exception {
    download(dailySales(), "2026-11-01", null, ReportFormat.JSON);

    String json =
        Files.readString(dir.resolve("sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.json"));
    var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(rows.isArray()).isTrue();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("Title").asText()).isEqualTo("Acme, \"Pro\"");
    assertThat(rows.get(0).get("Units").asText()).isEqualTo("3");
    assertThat(rows.get(0).get("Begin Date").asText()).isEqualTo("2026-11-01");
  }

  @Test
  void financeReportsStepByFiscalMonth() throws Exception {
    ReportSpec spec = ReportSpec.Finance.of("85000000", "FINANCIAL", "ZZ");

    DownloadResult r = download(spec, "2026-09", "2026-11", ReportFormat.TSV);

    assertThat(r.downloaded()).containsExactly("2026-09", "2026-10", "2026-11");
    assertThat(files()).contains("finance_FINANCIAL_ZZ_2026-10_85000000.tsv");
    assertThat(server.apple.requests().get(0).query())
        .isEqualTo(
            "filter[vendorNumber]=85000000"
                + "&filter[reportType]=FINANCIAL&filter[regionCode]=ZZ&filter[reportDate]=2026-09");
  }
}
