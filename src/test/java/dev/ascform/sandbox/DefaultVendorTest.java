package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultVendorTest extends SandboxTest {
  @Test
  void anUnseededAccountHasVendorNumber80000000() {
    assertThat(
            api.get(
                    "/v1/salesReports?filter[vendorNumber]=80000000&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY&filter[reportDate]=2025-12")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.get(
                    "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY&filter[reportDate]=2025-12")
                .statusCode())
        .isEqualTo(403);
  }
}
