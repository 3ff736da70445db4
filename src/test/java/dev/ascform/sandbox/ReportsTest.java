package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ReportsTest extends SeededSandboxTest {

  private HttpResponse<byte[]> getBytes(String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
            .header("Authorization", "Bearer " + TestApi.token(sandbox.teamKey(), b -> {}))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void salesSummaryIsGzippedTsvWithAppleHeadersAndStableRows() throws Exception {
    String q =
        "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY&filter[reportDate]=2026-01-15";
    HttpResponse<byte[]> r = getBytes(q);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/a-gzip");
    String tsv = gunzip(r.body());
    String[] lines = tsv.split("\n");
    assertThat(lines[0])
        .startsWith(
            "Provider\tProvider Country\tSKU\tDeveloper\tTitle\tVersion\tProduct Type Identifier"
                + "\tUnits");
    assertThat(lines.length).isGreaterThan(5);
    assertThat(tsv).contains("ACME001").contains("01/15/2026");
    assertThat(gunzip(getBytes(q).body())).isEqualTo(tsv);
  }

  @Test
  void financeReportsCoverTheFiscalMonth() throws Exception {
    HttpResponse<byte[]> r =
        getBytes(
            "/v1/financeReports?filter[vendorNumber]=85000002&filter[reportType]=FINANCIAL&filter[regionCode]=ZZ&filter[reportDate]=2026-02");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(gunzip(r.body()))
        .startsWith("Start Date\tEnd Date\tUPC")
        .contains("02/01/2026")
        .contains("Total_Rows");
  }

  @Test
  void anotherVendorNumberIsRefused() {
    assertError(
        api.get(
            "/v1/salesReports?filter[vendorNumber]=80000000&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY&filter[reportDate]=2026-01-15"),
        403,
        "FORBIDDEN_ERROR",
        null);
  }

  @Test
  void invalidCombinationsAreBadRequests() {
    assertError(
        api.get(
            "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SUBSCRIPTION&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY"),
        400,
        "PARAMETER_ERROR.INVALID",
        null);
    assertError(
        api.get(
            "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SALES&filter[reportSubType]=DETAILED&filter[frequency]=DAILY"),
        400,
        "PARAMETER_ERROR.INVALID",
        null);
    assertError(
        api.get(
            "/v1/financeReports?filter[vendorNumber]=85000001&filter[reportType]=FINANCE_DETAIL&filter[regionCode]=ZZ&filter[reportDate]=2026-02"),
        400,
        "PARAMETER_ERROR.INVALID",
        null);
    assertError(
        api.get(
            "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY&filter[reportDate]=2026-13"),
        400,
        "PARAMETER_ERROR.INVALID",
        null);
  }

  @Test
  void requiredFiltersAreRequired() {
    assertError(
        api.get("/v1/salesReports?filter[vendorNumber]=85000001"),
        400,
        "PARAMETER_ERROR.REQUIRED",
        null);
  }

  @Test
  void aPeriodThatHasNotEndedHasNoReport() {
    assertError(
        api.get(
            "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=YEARLY&filter[reportDate]=2099"),
        404,
        "NOT_FOUND",
        null);
  }
}
