package dev.ascform.plan;

import static dev.ascform.plan.FakeKinds.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.plan.FakeKinds.AppIds;
import dev.ascform.plan.FakeKinds.Certs;
import dev.ascform.plan.FakeKinds.Features;
import dev.ascform.plan.FakeKinds.Live;
import dev.ascform.plan.FakeKinds.Res;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangeOrderTest {

  static Scenario mixed() {
    return new Scenario()
        .kind(new Features())
        .kind(new Certs())
        .kind(new AppIds())
        .desired(
            "feature.b.push", Res.of("b/PUSH", "t", "PUSH").dependingOn(Address.parse("app_id.b")))
        .desired("app_id.b", Res.of("com.b", "name", "B"))
        .desired("app_id.a", Res.of("com.a", "name", "A2"))
        .state("app_id.a", "A1", "com.a", map("name", "A"))
        .live("app_id", Live.of("A1", "com.a", "name", "A"))
        .state("app_id.old", "A0", "com.old", map("name", "Old"))
        .live("app_id", Live.of("A0", "com.old", "name", "Old"))
        .state("feature.old.push", "F0", "old/PUSH", map("t", "PUSH"))
        .live("feature", Live.of("F0", "old/PUSH", "t", "PUSH"))
        .desired("cert.c", Res.of("C", "cn", "c"));
  }

  @Test
  void createsGoByRankAndDeletesInReverseRank() {
    Plan plan = mixed().plan();
    assertThat(plan.changes())
        .extracting(c -> c.action().symbol() + " " + c.address())
        .containsExactly(
            "+ app_id.b",
            "~ app_id.a",
            "+ cert.c",
            "+ feature.b.push",
            "- feature.old.push",
            "- app_id.old");
  }

  @Test
  void orderIsTheSameWhateverTheInputOrder() {
    List<Change> planned = mixed().plan().changes();
    List<Change> shuffled = new ArrayList<>(planned);
    for (int seed = 0; seed < 20; seed++) {
      Collections.shuffle(shuffled, new Random(seed));
      shuffled.sort(ChangeOrder.INSTANCE);
      assertThat(shuffled).isEqualTo(planned);
    }
  }

  @Test
  void createListsItsDependencies() {
    Change c = Scenario.at(mixed().plan(), "feature.b.push");
    assertThat(c.dependsOn()).containsExactly(Address.parse("app_id.b"));
  }

  /**
   * Law finding (issue #21, law 1): removing a capability forces its profile's replace, which
   * depends on the capability's delete. The delete phase comes after every non-delete, so the
   * replace ran first and Apple marked the new profile INVALID at once; it must follow the delete.
   */
  @Test
  void aChangeThatDependsOnADeleteGoesAfterIt() {
    Address cap = Address.parse("capability.app.maps");
    Address profile = Address.parse("profile.app_dev");
    Address other = Address.parse("profile.other");
    Address device = Address.parse("device.phone");
    List<Change> changes =
        new ArrayList<>(
            List.of(
                Change.builder(profile, Action.DELETE_THEN_CREATE, Reason.REPLACE_BECAUSE_KIND_RULE)
                    .rank(5)
                    .dependsOn(List.of(cap))
                    .build(),
                Change.builder(other, Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
                    .rank(5)
                    .dependsOn(List.of(profile))
                    .build(),
                Change.builder(device, Action.UPDATE, Reason.UPDATE_BECAUSE_CONFIG_DIFFERS)
                    .rank(1)
                    .build(),
                Change.builder(cap, Action.DELETE, Reason.DELETE_BECAUSE_NOT_IN_CONFIG)
                    .rank(2)
                    .build()));
    ChangeOrder.sort(changes);
    assertThat(changes)
        .extracting(c -> c.action().symbol() + " " + c.address())
        .containsExactly(
            "~ device.phone", "- capability.app.maps", "-/+ profile.app_dev", "+ profile.other");
    List<Change> plain = new ArrayList<>(changes);
    plain.sort(ChangeOrder.INSTANCE);
    // the comparator alone, as before the fix, put the replace before the delete it waits for
    assertThat(plain.stream().map(Change::address).toList().indexOf(profile))
        .isLessThan(plain.stream().map(Change::address).toList().indexOf(cap));
  }
}
