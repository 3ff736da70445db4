package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.testing.TestKeys;
import dev.ascform.reports.ReportServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsCommandTest {
  @TempDir Path tmp;
  private ReportServer server;
  private Path key;

  @BeforeEach
  void start() throws Exception {
    server = new ReportServer();
    key = tmp.resolve("AuthKey_TESTKEY123.p8");
    Files.writeString(key, TestKeys.pkcs8Pem(server.clients.keys));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CommandTreeTest.Run run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(
        List.of(
            "-o",
            tmp.resolve("out").toString(),
            "--api-url",
            server.apple.baseUrl(),
            "--key-id",
            "TESTKEY123",
            "--issuer-id",
            "57246542-96fe-1a63-e053-0824d011072a",
            "--private-key",
            key.toString()));
    return CommandTreeTest.run(all.toArray(new String[0]));
  }

  @Test
  void salesRangeWithAMissingDayExitsTwoAndSaysWhichDay() throws Exception {
    server.missing.add("2026-11-02");

    CommandTreeTest.Run r =
        run(
            "reports",
            "sales",
            "--vendor",
            "85000000",
            "--type",
            "SALES",
            "--subtype",
            "SUMMARY",
            "--frequency",
            "DAILY",
            "--date",
            "2026-11-01",
            "--to",
            "2026-11-03",
            "--format",
            "csv");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("[1/3] 2026-11-01 downloaded sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.csv")
        .contains("[2/3] 2026-11-02 no report: There were no sales for the date specified.");
    assertThat(r.out()).contains("2 downloaded, 0 already complete, 1 missing (2026-11-02)");
    assertThat(tmp.resolve("out/sales_SALES_SUMMARY_DAILY_2026-11-03_85000000.csv")).exists();
  }

  @Test
  void everythingPresentExitsZero() {
    CommandTreeTest.Run r =
        run(
            "reports",
            "finance",
            "--vendor",
            "85000000",
            "--region-code",
            "Z1",
            "--type",
            "FINANCE_DETAIL",
            "--report-date",
            "2026-10");

    assertThat(r.code()).isZero();
    assertThat(tmp.resolve("out/finance_FINANCE_DETAIL_Z1_2026-10_85000000.tsv")).exists();
  }

  @Test
  void aWrongCombinationIsRefusedBeforeAnyRequest() {
    CommandTreeTest.Run r =
        run(
            "reports",
            "sales",
            "--vendor",
            "85000000",
            "--type",
            "SUBSCRIPTION",
            "--subtype",
            "SUMMARY",
            "--frequency",
            "MONTHLY",
            "--date",
            "2026-10");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("frequency MONTHLY is not available for SUBSCRIPTION reports")
        .contains("SUBSCRIPTION SUMMARY: frequency DAILY; version 1_3, 1_4");
    assertThat(server.apple.requests()).isEmpty();
  }

  @Test
  void aWrongRegionIsRefusedBeforeAnyRequest() {
    CommandTreeTest.Run r =
        run(
            "reports",
            "finance",
            "--vendor",
            "85000000",
            "--region-code",
            "ZZ",
            "--type",
            "FINANCE_DETAIL",
            "--report-date",
            "2026-10");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("FINANCE_DETAIL reports exist only for region code Z1");
    assertThat(server.apple.requests()).isEmpty();
  }

  @Test
  void aCorruptReportIsAnErrorNamingTheDate() throws Exception {
    server.corrupt.add("2026-11-01");

    CommandTreeTest.Run r =
        run(
            "reports",
            "sales",
            "--vendor",
            "85000000",
            "--type",
            "SALES",
            "--subtype",
            "SUMMARY",
            "--frequency",
            "DAILY",
            "--date",
            "2026-11-01");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "Error: the report for 2026-11-01 (sales_SALES_SUMMARY_DAILY_2026-11-01_85000000.tsv)"
                + " is not a valid gzip stream");
    try (var files = Files.list(tmp.resolve("out"))) {
      assertThat(files).isEmpty();
    }
  }
}
