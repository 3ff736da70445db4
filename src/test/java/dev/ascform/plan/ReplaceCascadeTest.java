package dev.ascform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.plan.FakeKinds.AppIds;
import dev.ascform.plan.FakeKinds.Features;
import dev.ascform.plan.FakeKinds.Live;
import dev.ascform.plan.FakeKinds.Res;
import org.junit.jupiter.api.Test;

class ReplaceCascadeTest {
  @Test
  void dependentsOfAReplacedResourceAreCreatedAgainAfterIt() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .kind(new Features())
            .desired("app_id.main", Res.of("com.acme", "name", "Acme", "platform", "MAC_OS"))
            .desired(
                "feature.main.push",
                Res.of("com.acme/PUSH", "type", "PUSH").dependingOn(Address.parse("app_id.main")))
            .desired(
                "feature.main.maps",
                Res.of("com.acme/MAPS", "type", "MAPS").dependingOn(Address.parse("app_id.main")))
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
            .live("feature", Live.of("F1", "com.acme/PUSH", "type", "PUSH"))
            .plan();
    assertThat(Scenario.at(plan, "app_id.main").action()).isEqualTo(Action.DELETE_THEN_CREATE);
    Change push = Scenario.at(plan, "feature.main.push");
    assertThat(push.action()).isEqualTo(Action.CREATE);
    assertThat(push.reason()).isEqualTo(Reason.CREATE_BECAUSE_DEPENDENCY_REPLACED);
    assertThat(push.adopt()).isFalse();
    assertThat(push.appleId()).isNull();
    assertThat(push.consequence()).isEqualTo("it goes with app_id.main, which is replaced");
    assertThat(Scenario.at(plan, "feature.main.maps").reason())
        .isEqualTo(Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT);
    assertThat(plan.changes()).extracting(c -> c.address().toString()).startsWith("app_id.main");
  }

  @Test
  void withoutAReplaceNothingChanges() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .kind(new Features())
            .desired("app_id.main", Res.of("com.acme", "name", "Acme 2", "platform", "IOS"))
            .desired(
                "feature.main.push",
                Res.of("com.acme/PUSH", "type", "PUSH").dependingOn(Address.parse("app_id.main")))
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
            .live("feature", Live.of("F1", "com.acme/PUSH", "type", "PUSH"))
            .plan();
    assertThat(Scenario.at(plan, "feature.main.push").action()).isEqualTo(Action.ADOPT);
  }
}
