package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void levenshteinCountsEdits() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void suggestsTheClosestCandidate() {
    assertThat(Suggestions.didYouMean("nmae", List.of("name", "udid", "platform")))
        .isEqualTo(" (did you mean 'name'?)");
    assertThat(Suggestions.closest("IPHONE", List.of("IOS", "MAC_OS"))).isEmpty();
    assertThat(Suggestions.closest("devics", List.of("devices", "profiles"))).contains("devices");
  }

  @Test
  void ignoresCaseAndSuggestsPrefixes() {
    assertThat(Suggestions.closest("push_notifications", List.of("PUSH_NOTIFICATIONS")))
        .contains("PUSH_NOTIFICATIONS");
    assertThat(
            Suggestions.closest(
                "private_key", List.of("private_key_path", "private_key_env", "key_id")))
        .contains("private_key_env");
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertThat(Suggestions.didYouMean("zebra", List.of("devices", "apps"))).isEmpty();
    assertThat(Suggestions.didYouMean("x", List.of())).isEmpty();
  }
}
