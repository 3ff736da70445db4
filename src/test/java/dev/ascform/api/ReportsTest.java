package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private FakeApple server;
  private final Clients clients = new Clients();

  @BeforeEach
  void start() throws Exception {
    server = new FakeApple();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void gunzipsASalesReport() throws Exception {
    String tsv = "Provider\tSKU\tUnits\nAPPLE\tacme\t3\n";
    server.on(
        "GET",
        "/v1/salesReports",
        s -> {
          try {
            return new Reply(200, Map.of("Content-Type", "application/a-gzip"), gzip(tsv));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    AscClient client = clients.client(server);
    try (InputStream in =
        client
            .reports()
            .open(
                client
                    .salesReports()
                    .download("8512345", "SALES", "SUMMARY", "DAILY", "2026-11-26", "1_0"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(tsv);
    }
    assertThat(server.requests().get(0).query())
        .isEqualTo(
            "filter[vendorNumber]=8512345&filter[reportType]=SALES"
                + "&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY&filter[reportDate]=2026-11-26&filter[version]=1_0");
  }

  @Test
  void jsonErrorsAreDecodedNotGunzipped() {
    server.on(
        "GET",
        "/v1/financeReports",
        s -> Reply.json(404, Bodies.error(404, "NOT_FOUND", null, "no report for 2026-10")));
    server.on(
        "GET",
        "/v1/salesReports",
        s -> Reply.json(403, Bodies.error(403, "FORBIDDEN_ERROR", null, "no access")));
    AscClient client = clients.client(server);
    assertThatThrownBy(
            () ->
                client
                    .reports()
                    .open(client.financeReports().download("85", "FINANCIAL", "ZZ", "2026-10")))
        .isInstanceOfSatisfying(
            AppleApiException.class, e -> assertThat(e.hasCode("NOT_FOUND")).isTrue());
    assertThatThrownBy(
            () ->
                client
                    .reports()
                    .open(
                        client
                            .salesReports()
                            .download("85", "SALES", "SUMMARY", "DAILY", null, null)))
        .hasMessageContaining("team API key")
        .hasMessageContaining("Finance or Sales");
  }
}
