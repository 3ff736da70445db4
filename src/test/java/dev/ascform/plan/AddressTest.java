package dev.ascform.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

  @ParameterizedTest
  @CsvSource({
    "bundle_id.main_app, bundle_id, main_app",
    "capability.main_app.push_notifications, capability, main_app.push_notifications",
    "beta_tester.qa/dan@acme.com, beta_tester, qa/dan@acme.com",
  })
  void parsesKindUpToTheFirstDot(String text, String kind, String name) {
    Address a = Address.parse(text);
    assertThat(a).isEqualTo(new Address(kind, name));
    assertThat(a.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nodot", ".name", "kind.", "Bundle.x", "bundle_id.has space"})
  void rejectsMalformedAddresses(String text) {
    assertThatThrownBy(() -> Address.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid");
  }
}
