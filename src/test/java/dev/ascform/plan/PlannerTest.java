package dev.ascform.plan;

import static dev.ascform.plan.FakeKinds.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.FakeKinds.AppIds;
import dev.ascform.plan.FakeKinds.Certs;
import dev.ascform.plan.FakeKinds.Features;
import dev.ascform.plan.FakeKinds.Gadgets;
import dev.ascform.plan.FakeKinds.Live;
import dev.ascform.plan.FakeKinds.Res;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerTest {
  static final Map<String, Object> APPLIED = map("name", "Acme", "platform", "IOS");

  /** One app ID, varied across config, state and account. */
  static Stream<Arguments> singleResourceCases() {
    Res acme = Res.of("com.acme", "name", "Acme", "platform", "IOS");
    Res renamed = Res.of("com.acme", "name", "Acme App", "platform", "IOS");
    Res mac = Res.of("com.acme", "name", "Acme", "platform", "MAC_OS");
    Live same = Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS", "seed", "X");
    Live edited = Live.of("A1", "com.acme", "name", "Edited", "platform", "IOS");
    return Stream.of(
        Arguments.of(
            "desired nowhere",
            acme,
            false,
            null,
            Action.CREATE,
            Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT,
            false),
        Arguments.of("managed, equal", acme, true, same, Action.NO_OP, Reason.NO_CHANGE, false),
        Arguments.of(
            "managed, config renamed",
            renamed,
            true,
            same,
            Action.UPDATE,
            Reason.UPDATE_BECAUSE_CONFIG_DIFFERS,
            false),
        Arguments.of(
            "managed, deleted outside",
            acme,
            true,
            null,
            Action.CREATE,
            Reason.CREATE_BECAUSE_DELETED_OUTSIDE,
            true),
        Arguments.of(
            "managed, edited outside",
            acme,
            true,
            edited,
            Action.UPDATE,
            Reason.UPDATE_BECAUSE_CHANGED_OUTSIDE,
            true),
        Arguments.of(
            "managed, immutable changed",
            mac,
            true,
            same,
            Action.DELETE_THEN_CREATE,
            Reason.REPLACE_BECAUSE_IMMUTABLE,
            false),
        Arguments.of(
            "unmanaged, exists live",
            acme,
            false,
            same,
            Action.ADOPT,
            Reason.ADOPT_BECAUSE_EXISTS,
            false),
        Arguments.of(
            "state only, live",
            null,
            true,
            same,
            Action.DELETE,
            Reason.DELETE_BECAUSE_NOT_IN_CONFIG,
            false),
        Arguments.of(
            "state only, gone", null, true, null, Action.FORGET, Reason.FORGET_BECAUSE_GONE, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleResourceCases")
  void plansOneResource(
      String name,
      Res desired,
      boolean inState,
      Live live,
      Action action,
      Reason reason,
      boolean drift) {
    Scenario s = new Scenario().kind(new AppIds());
    if (desired != null) {
      s.desired("app_id.main", desired);
    }
    if (inState) {
      s.state("app_id.main", "A1", "com.acme", APPLIED);
    }
    if (live != null) {
      s.live("app_id", live);
    }
    Change c = Scenario.only(s.plan());
    assertThat(c.action()).isEqualTo(action);
    assertThat(c.reason()).isEqualTo(reason);
    assertThat(c.drift()).isEqualTo(drift);
  }

  @Test
  void updateListsFieldDiffsIgnoringLiveOnlyFields() {
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new AppIds())
                .desired("app_id.main", Res.of("com.acme", "name", "Acme App", "platform", "IOS"))
                .state("app_id.main", "A1", "com.acme", APPLIED)
                .live(
                    "app_id",
                    Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS", "seed", "X"))
                .plan());
    assertThat(c.fieldDiffs()).containsExactly(new FieldDiff("name", "Acme", "Acme App"));
    assertThat(c.appleId()).isEqualTo("A1");
  }

  @Test
  void replaceNamesTheImmutableFieldThatForcedIt() {
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new AppIds())
                .desired("app_id.main", Res.of("com.acme", "name", "New", "platform", "MAC_OS"))
                .state("app_id.main", "A1", "com.acme", APPLIED)
                .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
                .plan());
    assertThat(c.action()).isEqualTo(Action.DELETE_THEN_CREATE);
    assertThat(c.forcedBy()).containsExactly("platform");
    assertThat(c.fieldDiffs()).extracting(FieldDiff::path).containsExactly("name", "platform");
  }

  @Test
  void kindThatCannotUpdateReplacesCreateFirst() {
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new Certs())
                .desired("cert.dist", Res.of("DIST", "type", "DISTRIBUTION", "cn", "New"))
                .state("cert.dist", "C1", "DIST", map("type", "DISTRIBUTION", "cn", "Old"))
                .live("cert", Live.of("C1", "DIST", "type", "DISTRIBUTION", "cn", "Old"))
                .plan());
    assertThat(c.action()).isEqualTo(Action.CREATE_THEN_DELETE);
    assertThat(c.reason()).isEqualTo(Reason.REPLACE_BECAUSE_NOT_UPDATABLE);
    assertThat(c.consequence()).isEqualTo("profiles that include it become invalid");
    assertThat(c.jsonActions()).containsExactly("create", "delete");
  }

  @Test
  void retirableKindIsDisabledInsteadOfDeleted() {
    Map<String, Object> applied = map("name", "Alice", "platform", "IOS", "status", "ENABLED");
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new Gadgets())
                .state("gadget.alice", "D1", "UDID1", applied)
                .live("gadget", new Live("D1", "UDID1", applied))
                .plan());
    assertThat(c.action()).isEqualTo(Action.DELETE);
    assertThat(c.verb()).isEqualTo("disable");
    assertThat(c.fieldDiffs()).containsExactly(new FieldDiff("status", "ENABLED", "DISABLED"));
    assertThat(c.after()).containsEntry("status", "DISABLED");
  }

  @Test
  void alreadyRetiredResourceIsOnlyForgotten() {
    Map<String, Object> applied = map("name", "Alice", "status", "ENABLED");
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new Gadgets())
                .state("gadget.alice", "D1", "UDID1", applied)
                .live("gadget", Live.of("D1", "UDID1", "name", "Alice", "status", "DISABLED"))
                .plan());
    assertThat(c.action()).isEqualTo(Action.FORGET);
    assertThat(c.reason()).isEqualTo(Reason.FORGET_BECAUSE_RETIRED);
  }

  @Test
  void adoptWithDifferencesIsAnUpdateFlaggedAsAdopt() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.main", Res.of("com.acme", "name", "Acme App", "platform", "IOS"))
            .live("app_id", Live.of("A9", "com.acme", "name", "Acme", "platform", "IOS"))
            .plan();
    Change c = Scenario.only(plan);
    assertThat(c.action()).isEqualTo(Action.UPDATE);
    assertThat(c.adopt()).isTrue();
    assertThat(c.appleId()).isEqualTo("A9");
    assertThat(c.jsonActions()).containsExactly("adopt", "update");
    assertThat(plan.summary()).isEqualTo(new Summary(0, 1, 0, 0, 1, 0));
  }

  @Test
  void unmanagedLiveResourcesAreNamedCountedAndLeftAlone() {
    Plan plan =
        new Scenario()
            .kind(new Gadgets())
            .live("gadget", Live.of("D1", "U1", "name", "a", "status", "ENABLED"))
            .live("gadget", Live.of("D2", "U2", "name", "b", "status", "ENABLED"))
            .live("gadget", Live.of("D3", "U3", "name", "c", "status", "DISABLED"))
            .plan();
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.unmanaged())
        .containsExactly(
            new Unmanaged(
                "gadget",
                "gadget",
                "gadgets",
                2,
                List.of(
                    new Unmanaged.Resource("U1", "D1", null),
                    new Unmanaged.Resource("U2", "D2", null))));
  }

  @Test
  void pruneRemovesUnmanagedResourcesOfThatKindOnly() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .kind(new Gadgets())
            .live("app_id", Live.of("A1", "com.x", "name", "X"))
            .live("gadget", Live.of("D1", "U1", "name", "a", "status", "ENABLED"))
            .prune("app_id")
            .plan();
    Change c = Scenario.only(plan);
    assertThat(c.address()).isEqualTo(Address.of("app_id", "com.x"));
    assertThat(c.action()).isEqualTo(Action.DELETE);
    assertThat(c.reason()).isEqualTo(Reason.DELETE_BECAUSE_PRUNE);
    assertThat(plan.unmanaged()).extracting(Unmanaged::kind).containsExactly("gadget");
  }

  @Test
  void prunedResourceWithSpacesInItsKeyGetsAValidAddress() {
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new AppIds())
                .live("app_id", Live.of("A1", "QA team", "name", "X"))
                .prune("app_id")
                .plan());
    assertThat(c.address()).isEqualTo(Address.of("app_id", "QA_team"));
  }

  @Test
  void driftNoOpReportsWhatChangedOutsideEvenWhenConfigAgrees() {
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new AppIds())
                .desired("app_id.main", Res.of("com.acme", "name", "Edited", "platform", "IOS"))
                .state("app_id.main", "A1", "com.acme", APPLIED)
                .live("app_id", Live.of("A1", "com.acme", "name", "Edited", "platform", "IOS"))
                .plan());
    assertThat(c.action()).isEqualTo(Action.NO_OP);
    assertThat(c.drift()).isTrue();
    assertThat(c.driftDiffs()).containsExactly(new FieldDiff("name", "Acme", "Edited"));
  }

  @Test
  void managedResourceRecreatedOutsideIsFoundByNaturalKeyAsDrift() {
    Change c =
        Scenario.only(
            new Scenario()
                .kind(new AppIds())
                .desired("app_id.main", Res.of("com.acme", "name", "Acme", "platform", "IOS"))
                .state("app_id.main", "A1", "com.acme", APPLIED)
                .live("app_id", Live.of("A2", "com.acme", "name", "Acme", "platform", "IOS"))
                .plan());
    assertThat(c.action()).isEqualTo(Action.NO_OP);
    assertThat(c.appleId()).isEqualTo("A2");
    assertThat(c.drift()).isTrue();
  }

  @Test
  void stateAddressOfADeclaredResourceMovesInsteadOfBeingDeleted() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.copy", Res.of("com.acme", "name", "Acme", "platform", "IOS"))
            .state("app_id.main", "A1", "com.acme", APPLIED)
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
            .plan();
    Change moved = Scenario.at(plan, "app_id.copy");
    assertThat(moved.action()).isEqualTo(Action.ADOPT);
    assertThat(moved.reason()).isEqualTo(Reason.ADOPT_BECAUSE_MOVED);
    assertThat(moved.appleId()).isEqualTo("A1");
    assertThat(moved.consequence()).isEqualTo("the state entry moves here from app_id.main");
    assertThat(moved.dependsOn()).contains(Address.parse("app_id.main"));
    Change old = Scenario.at(plan, "app_id.main");
    assertThat(old.action()).isEqualTo(Action.FORGET);
    assertThat(old.reason()).isEqualTo(Reason.FORGET_BECAUSE_MOVED);
    assertThat(old.consequence()).contains("moves to app_id.copy; nothing changes in the account");
    assertThat(plan.actionable())
        .noneMatch(c -> c.action().isDestroy() || c.action() == Action.CREATE);
  }

  @Test
  void stateMvOfARetirableResourceNeverDisablesTheDeclaredOne() {
    Map<String, Object> applied = map("name", "Alice", "platform", "IOS", "status", "ENABLED");
    Plan plan =
        new Scenario()
            .kind(new Gadgets())
            .desired(
                "gadget.alice_iphone",
                Res.of("UDID1", "name", "Alice", "platform", "IOS", "status", "ENABLED"))
            .state("gadget.alices_phone", "D1", "UDID1", applied)
            .live("gadget", new Live("D1", "UDID1", applied))
            .plan();
    assertThat(Scenario.at(plan, "gadget.alice_iphone").action()).isEqualTo(Action.ADOPT);
    assertThat(Scenario.at(plan, "gadget.alices_phone").action()).isEqualTo(Action.FORGET);
    assertThat(plan.summary().line())
        .isEqualTo(
            "Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, 1 to adopt, 1 to forget.");
  }

  @Test
  void twoStateAddressesOfOneDeclaredResourceForgetTheUndeclaredOne() {
    Map<String, Object> applied = map("name", "Alice", "platform", "IOS", "status", "ENABLED");
    Plan plan =
        new Scenario()
            .kind(new Gadgets())
            .desired(
                "gadget.alice",
                Res.of("UDID1", "name", "Alice", "platform", "IOS", "status", "ENABLED"))
            .state("gadget.alice", "D1", "UDID1", applied)
            .state("gadget.alice_again", "D1", "UDID1", applied)
            .live("gadget", new Live("D1", "UDID1", applied))
            .plan();
    assertThat(Scenario.at(plan, "gadget.alice").action()).isEqualTo(Action.NO_OP);
    assertThat(Scenario.at(plan, "gadget.alice_again").action()).isEqualTo(Action.FORGET);
    assertThat(Scenario.at(plan, "gadget.alice_again").reason())
        .isEqualTo(Reason.FORGET_BECAUSE_MOVED);
  }

  @Test
  void targetingAMovedAddressTakesTheForgetAlong() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.copy", Res.of("com.acme", "name", "Acme", "platform", "IOS"))
            .state("app_id.main", "A1", "com.acme", APPLIED)
            .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
            .target("app_id.copy")
            .plan();
    assertThat(plan.changes())
        .extracting(c -> c.address().toString())
        .containsExactlyInAnyOrder("app_id.copy", "app_id.main");
  }

  @Test
  void targetKeepsTheTargetAndWhatItDependsOn() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .kind(new Features())
            .desired("app_id.main", Res.of("com.acme", "name", "Acme"))
            .desired("app_id.other", Res.of("com.other", "name", "Other"))
            .desired(
                "feature.main.push",
                Res.of("com.acme/PUSH", "type", "PUSH").dependingOn(Address.parse("app_id.main")))
            .target("feature.main.push")
            .plan();
    assertThat(plan.changes())
        .extracting(c -> c.address().toString())
        .containsExactly("app_id.main", "feature.main.push");
    assertThat(plan.targets()).containsExactly(Address.parse("feature.main.push"));
  }

  @Test
  void unknownTargetIsAProblem() {
    Scenario s = new Scenario().kind(new AppIds()).target("app_id.nope");
    assertThatThrownBy(s::plan)
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("--target app_id.nope");
  }

  @Test
  void duplicateNaturalKeysAreAllReported() {
    Scenario s =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.a", Res.of("com.acme", "name", "A"))
            .desired("app_id.b", Res.of("com.acme", "name", "B"));
    assertThatThrownBy(s::plan)
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("app_id.a and app_id.b both declare app ID \"com.acme\"");
  }

  @Test
  void stateOfAnUnreadKindIsAProblem() {
    Scenario s = new Scenario().kind(new AppIds()).state("cert.old", "C1", "X", map("type", "DEV"));
    assertThatThrownBy(s::plan)
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("kind \"cert\"");
  }

  @Test
  void retirableKindCannotReplaceAnImmutableChange() {
    Scenario s =
        new Scenario()
            .kind(new Gadgets())
            .desired("gadget.a", Res.of("U1", "name", "a", "platform", "MAC_OS"))
            .state("gadget.a", "D1", "U1", map("name", "a", "platform", "IOS"))
            .live("gadget", Live.of("D1", "U1", "name", "a", "platform", "IOS"));
    assertThatThrownBy(s::plan)
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("gadget.a: platform cannot change");
  }

  /** A kind that can be neither deleted nor retired (like apps: read-only through the API). */
  static final class ReadOnly extends FakeKinds.Base implements Updatable {
    ReadOnly() {
      super("app", 0, Set.of());
    }
  }

  @Test
  void kindThatCannotBeRemovedRefusesRemovalAndPrune() {
    Scenario removed =
        new Scenario()
            .kind(new ReadOnly())
            .state("app.main", "1", "com.acme", map("name", "A"))
            .live("app", Live.of("1", "com.acme", "name", "A"));
    assertThatThrownBy(removed::plan)
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("app.main: apps cannot be removed from the account")
        .hasMessageContaining("ascform state rm app.main");
    Scenario pruned =
        new Scenario()
            .kind(new ReadOnly())
            .live("app", Live.of("1", "com.acme", "name", "A"))
            .prune("app");
    assertThatThrownBy(pruned::plan)
        .hasMessageContaining("prune is on for app, but apps cannot be removed");
  }

  @Test
  void liveDigestsCoverChangedAddressesAndAbsentOnes() {
    Plan plan =
        new Scenario()
            .kind(new AppIds())
            .desired("app_id.new", Res.of("com.new", "name", "N"))
            .desired("app_id.main", Res.of("com.acme", "name", "Acme App", "platform", "IOS"))
            .state("app_id.main", "A1", "com.acme", APPLIED)
            .live("app_id", new Live("A1", "com.acme", APPLIED))
            .plan();
    assertThat(plan.liveDigests())
        .containsEntry(Address.parse("app_id.new"), PlanFile.ABSENT)
        .containsEntry(Address.parse("app_id.main"), Digests.of(APPLIED));
  }

  @Test
  void changesAreDefensivelyCopied() {
    Map<String, Object> attrs = new LinkedHashMap<>(map("name", "x"));
    Change c =
        Change.builder(
                Address.parse("app_id.a"), Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
            .after(attrs)
            .build();
    attrs.put("name", "y");
    assertThat(c.after()).containsEntry("name", "x");
    assertThatThrownBy(() -> c.after().put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(List.of(c.before() == null)).containsExactly(true);
  }

  /** Issue #16 item 5: expiry was invisible to a drift audit ("No changes", exit 0). */
  @Test
  void certificatesExpiredOrExpiringWithinTheWindowAreWarnings() {
    Plan plan =
        new Scenario()
            .kind(new Certs())
            .desired("cert.old", Res.of("OLD", "type", "DEVELOPMENT"))
            .state("cert.old", "C1", "OLD", map("type", "DEVELOPMENT"))
            .live(
                "cert",
                Live.of("C1", "OLD", "type", "DEVELOPMENT", "expires", "2026-11-30T12:00:00Z"))
            .desired("cert.soon", Res.of("SOON", "type", "DEVELOPMENT"))
            .state("cert.soon", "C2", "SOON", map("type", "DEVELOPMENT"))
            .live(
                "cert",
                Live.of("C2", "SOON", "type", "DEVELOPMENT", "expires", "2026-12-15T12:00:00Z"))
            .desired("cert.fine", Res.of("FINE", "type", "DEVELOPMENT"))
            .state("cert.fine", "C3", "FINE", map("type", "DEVELOPMENT"))
            .live(
                "cert",
                Live.of("C3", "FINE", "type", "DEVELOPMENT", "expires", "2027-06-01T00:00:00Z"))
            .plan();
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings())
        .extracting(PlanWarning::code, w -> w.address().toString(), PlanWarning::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "cert_expired", "cert.old", "cert OLD expired on 2026-11-30; renew it"),
            org.assertj.core.groups.Tuple.tuple(
                "cert_expiring",
                "cert.soon",
                "cert SOON expires on 2026-12-15 (in 10 days); renew it"));
    assertThat(plan.warnings().get(0).details())
        .containsEntry("days_left", -4L)
        .containsEntry("apple_id", "C1")
        .containsEntry("renewed_by_plan", false)
        .containsEntry("expires", "2026-11-30T12:00:00Z");
  }

  /** Kinds are listed once (kinds.Kinds#all); the planner refuses one given twice. */
  @Test
  void refusesAKindGivenTwice() {
    List<KindSnapshot<?, ?>> twice =
        List.of(
            new KindSnapshot<>(new AppIds(), Map.of(), List.of()),
            new KindSnapshot<>(new AppIds(), Map.of(), List.of()));
    assertThatThrownBy(
            () ->
                new Planner()
                    .plan(
                        twice,
                        List.of(),
                        new PlanSettings(
                            Set.of(),
                            Set.of(),
                            PlanSettings.DEFAULT_EXPIRY_WARNING,
                            Instant.parse("2026-12-05T00:00:00Z"))))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("kind app_id is given twice");
  }
}
