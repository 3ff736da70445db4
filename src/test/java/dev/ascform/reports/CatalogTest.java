package dev.ascform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {
  @ParameterizedTest
  @CsvSource({
    "SALES, SUMMARY, YEARLY, , 1_0",
    "SALES, SUMMARY, DAILY, 1_1, 1_1",
    "SUBSCRIPTION, SUMMARY, DAILY, , 1_3",
    "SUBSCRIBER, DETAILED, DAILY, 1_4, 1_4",
    "INSTALLS, SUMMARY_CHANNEL, WEEKLY, , 1_0",
    "NEWSSTAND, DETAILED, WEEKLY, , 1_0",
    "WIN_BACK_ELIGIBILITY, SUMMARY, DAILY, , 1_0",
  })
  void acceptsApplesCombinationsAndResolvesTheVersion(
      String type, String sub, Frequency f, String version, String sent) {
    assertThat(SalesCatalog.check(type, sub, f, version)).isEqualTo(sent);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SALES|DETAILED|DAILY||sub type 'DETAILED' is not available for SALES reports",
        "SUBSCRIPTION|SUMMARY|WEEKLY||frequency WEEKLY is not available for SUBSCRIPTION reports",
        "SUBSCRIPTION|SUMMARY|DAILY|1_2|version '1_2' is not available for SUBSCRIPTION reports",
        "NEWSSTAND|DETAILED|MONTHLY||frequency MONTHLY is not available",
        "SALE|SUMMARY|DAILY||'SALE' is not a sales report type. Allowed: SALES, PRE_ORDER",
      })
  void refusesOtherCombinationsListingTheAllowedOnes(
      String type, String sub, Frequency f, String version, String message) {
    assertThatThrownBy(() -> SalesCatalog.check(type, sub, f, version))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aRefusalListsEveryRowOfTheType() {
    assertThatThrownBy(() -> SalesCatalog.check("INSTALLS", "SUMMARY", Frequency.DAILY, null))
        .hasMessageContaining("INSTALLS SUMMARY_INSTALL_TYPE: frequency DAILY, WEEKLY; version 1_0")
        .hasMessageContaining("INSTALLS SUMMARY_TERRITORY")
        .hasMessageContaining("INSTALLS SUMMARY_CHANNEL");
  }

  @Test
  void financeDetailNeedsRegionZ1() {
    FinanceCatalog.check("FINANCE_DETAIL", "Z1");
    FinanceCatalog.check("FINANCIAL", "ZZ");
    assertThatThrownBy(() -> FinanceCatalog.check("FINANCE_DETAIL", "ZZ"))
        .hasMessageContaining("only for region code Z1");
    assertThatThrownBy(() -> FinanceCatalog.check("FINANCIAL", "Z1"))
        .hasMessageContaining("Allowed: ZZ, AE");
    assertThatThrownBy(() -> FinanceCatalog.check("SALES", "ZZ"))
        .hasMessageContaining("Allowed: FINANCIAL, FINANCE_DETAIL");
  }

  @Test
  void vendorNumbersAreDigits() {
    assertThatThrownBy(
            () -> ReportSpec.Sales.of("../etc", "SALES", "SUMMARY", Frequency.DAILY, null))
        .hasMessageContaining("is not a vendor number");
  }

  @Test
  void anExplicitVersionIsPartOfTheFileName() {
    ReportSpec spec = ReportSpec.Sales.of("85000000", "SALES", "SUMMARY", Frequency.MONTHLY, "1_1");
    assertThat(spec.fileName(LocalDate.of(2026, 10, 1), ReportFormat.JSON))
        .isEqualTo("sales_SALES_SUMMARY_MONTHLY_2026-10_85000000_v1_1.json");
  }
}
