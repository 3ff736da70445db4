package dev.ascform.plan;

import static dev.ascform.plan.FakeKinds.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.FakeKinds.AppIds;
import dev.ascform.plan.FakeKinds.Live;
import dev.ascform.plan.FakeKinds.Members;
import dev.ascform.plan.FakeKinds.Res;
import org.junit.jupiter.api.Test;

class SafetyTest {

  /** n managed app IDs, of which the first {@code removed} are no longer in the config. */
  static Scenario managed(int n, int removed) {
    Scenario s = new Scenario().kind(new AppIds());
    for (int i = 0; i < n; i++) {
      String key = "com.acme." + i;
      s.state("app_id.a" + i, "A" + i, key, map("name", "n" + i));
      s.live("app_id", Live.of("A" + i, key, "name", "n" + i));
      if (i >= removed) {
        s.desired("app_id.a" + i, Res.of(key, "name", "n" + i));
      }
    }
    return s;
  }

  @Test
  void refusesDeletingMoreThanThirtyPercentOfTenOrMore() {
    Plan plan = managed(10, 4).plan();
    assertThatThrownBy(() -> plan.checkSafety(SafetyPolicy.DEFAULT))
        .isInstanceOf(UnsafePlanException.class)
        .hasMessageContaining(
            "app_id: 4 of 10 resources would be deleted or replaced (40.0 %),"
                + " more than the threshold of 30 %")
        .hasMessageContaining("--allow-destroy")
        .satisfies(e -> assertThat(((UnsafePlanException) e).thresholdExceeded()).isTrue());
  }

  @Test
  void allowDestroyLiftsTheThreshold() {
    Plan plan = managed(10, 4).plan();
    assertThatCode(() -> plan.checkSafety(SafetyPolicy.DEFAULT.allowingDestroy()))
        .doesNotThrowAnyException();
  }

  @Test
  void acceptsExactlyTheThresholdShare() {
    assertThatCode(() -> managed(10, 3).plan().checkSafety(SafetyPolicy.DEFAULT))
        .doesNotThrowAnyException();
  }

  @Test
  void smallKindsAreBelowTheThresholdMinimum() {
    assertThatCode(() -> managed(9, 9).plan().checkSafety(SafetyPolicy.DEFAULT))
        .doesNotThrowAnyException();
  }

  @Test
  void thresholdIsConfigurable() {
    Plan plan = managed(10, 3).plan();
    assertThatThrownBy(() -> plan.checkSafety(new SafetyPolicy(0.2, 5, false)))
        .hasMessageContaining("3 of 10")
        .hasMessageContaining("threshold of 20 %");
  }

  @Test
  void preventDestroyRememberedInStateBlocksDeleteEvenWithAllowDestroy() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .state("app_id.main", "A1", "com.acme", map("name", "Acme"), true)
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme"))
            .plan();
    assertThat(Scenario.only(plan).preventDestroy()).isTrue();
    assertThatThrownBy(() -> plan.checkSafety(SafetyPolicy.DEFAULT.allowingDestroy()))
        .isInstanceOf(UnsafePlanException.class)
        .hasMessageContaining("app_id.main has prevent_destroy: refusing to delete it");
  }

  @Test
  void preventDestroyInConfigBlocksReplace() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.main", Res.of("com.acme", "name", "Acme", "platform", "MAC_OS"), true)
            .state("app_id.main", "A1", "com.acme", map("name", "Acme", "platform", "IOS"))
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
            .plan();
    assertThatThrownBy(() -> plan.checkSafety(SafetyPolicy.DEFAULT))
        .hasMessageContaining("app_id.main has prevent_destroy: refusing to replace it");
  }

  @Test
  void configWithoutPreventDestroyLiftsTheRememberedFlag() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.main", Res.of("com.acme", "name", "Acme", "platform", "MAC_OS"), false)
            .state("app_id.main", "A1", "com.acme", map("name", "Acme", "platform", "IOS"), true)
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
            .plan();
    assertThatCode(() -> plan.checkSafety(SafetyPolicy.DEFAULT)).doesNotThrowAnyException();
  }

  @Test
  void kindPolicyRefusesRemovingTheAccountHolder() {
    Plan plan =
        new Scenario()
            .kind(new Members())
            .state("member.boss", "U1", "boss@acme.com", map("role", "HOLDER"))
            .live("member", Live.of("U1", "boss@acme.com", "role", "HOLDER"))
            .plan();
    assertThatThrownBy(() -> plan.checkSafety(SafetyPolicy.DEFAULT.allowingDestroy()))
        .hasMessageContaining("member.boss is the account holder and can never be removed");
  }
}
