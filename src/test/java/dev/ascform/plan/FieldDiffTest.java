package dev.ascform.plan;

import static dev.ascform.plan.FakeKinds.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDiffTest {

  @Test
  void nestedMapsGiveDottedPaths() {
    assertThat(
            FieldDiff.between(
                map("settings", map("ICLOUD_VERSION", "XCODE_5", "OTHER", "x")),
                map("settings", map("ICLOUD_VERSION", "XCODE_6", "OTHER", "x")),
                false))
        .containsExactly(new FieldDiff("settings.ICLOUD_VERSION", "XCODE_5", "XCODE_6"));
  }

  @Test
  void listsCompareWhole() {
    assertThat(
            FieldDiff.between(
                map("devices", List.of("a", "b")), map("devices", List.of("a", "b", "c")), false))
        .containsExactly(new FieldDiff("devices", List.of("a", "b"), List.of("a", "b", "c")));
  }

  @Test
  void numbersCompareByValue() {
    assertThat(FieldDiff.between(map("n", 1L), map("n", 1), false)).isEmpty();
    assertThat(FieldDiff.between(map("n", 1.5), map("n", 1), false)).hasSize(1);
  }

  @Test
  void afterKeysOnlyIgnoresFieldsTheDesiredSideOmits() {
    assertThat(FieldDiff.between(map("name", "a", "seedId", "X"), map("name", "a"), true))
        .isEmpty();
    assertThat(FieldDiff.between(map("name", "a", "seedId", "X"), map("name", "a"), false))
        .containsExactly(new FieldDiff("seedId", "X", null));
  }

  @Test
  void pathsFollowTheDesiredOrderThenLiveOnlyFields() {
    assertThat(FieldDiff.between(map("b", 1, "z", 1, "a", 1), map("a", 2, "b", 2), false))
        .extracting(FieldDiff::path)
        .containsExactly("a", "b", "z");
  }

  @Test
  void isUnderMatchesTheFieldAndItsChildrenOnly() {
    assertThat(new FieldDiff("settings.X", 1, 2).isUnder("settings")).isTrue();
    assertThat(new FieldDiff("settings", 1, 2).isUnder("settings")).isTrue();
    assertThat(new FieldDiff("settingsX", 1, 2).isUnder("settings")).isFalse();
  }
}
