package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.resources.Requests;
import dev.ascform.apply.ApplyResult;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users, invitations, beta groups and tester memberships planned and applied on the sandbox. */
class PeopleKindsTest {
  static final String SEED =
      """
      team: {name: T, teamId: ABCDE12345}
      apps:
        - {bundleId: com.t.a, name: A, sku: A, primaryLocale: en-US}
        - {bundleId: com.t.b, name: B, sku: B, primaryLocale: en-US}
      users:
        - {email: holder@t.example, firstName: Ho, lastName: Lder,
           roles: [ACCOUNT_HOLDER, ADMIN], allAppsVisible: true}
        - {email: admin@t.example, firstName: Ad, lastName: Min, roles: [ADMIN],
           allAppsVisible: true}
      """;
  static final String TEAM =
      """
      apps:
        a: {bundle_id: com.t.a}
        b: {bundle_id: com.t.b}
      users:
        holder: {email: holder@t.example, first_name: Ho, last_name: Lder,
                 roles: [ACCOUNT_HOLDER, ADMIN], all_apps_visible: true}
        admin: {email: admin@t.example, first_name: Ad, last_name: Min, roles: [ADMIN],
                all_apps_visible: true}
      """;

  @TempDir Path tmp;

  private static Change change(Plan p, String address) {
    return p.changes().stream()
        .filter(c -> c.address().equals(Address.parse(address)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change for " + address));
  }

  private static ApplyResult applied(PeopleHarness h, DesiredState d) {
    Plan p = h.plan(d);
    assertThat(p.policyViolations()).isEmpty();
    ApplyResult r = h.apply(d, p);
    assertThat(r.failed()).as(r.summary()).isEmpty();
    assertThat(h.plan(d).actionable()).as("converged").isEmpty();
    return r;
  }

  private static String ann(String roles, String apps) {
    return "  ann: {email: ann@t.example, first_name: Ann, last_name: Lee, roles: "
        + roles
        + ", visible_apps: "
        + apps
        + "}\n";
  }

  @Test
  void invitesThenUpdatesTheAcceptedUserInPlace() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      DesiredState d = h.config(TEAM + ann("[DEVELOPER]", "[a]"));
      Plan p = h.plan(d);
      assertThat(change(p, "user.ann").action()).isEqualTo(Action.CREATE);
      applied(h, d);
      Resource inv = h.client.lookups().findUserInvitationByEmail("ann@t.example").orElseThrow();
      assertThat(inv.texts("roles")).containsExactly("DEVELOPER");

      HttpResponse<String> accepted =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              h.sb.baseUrl()
                                  + "/_sandbox/userInvitations/accept?email=ann@t.example"))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(accepted.statusCode()).as(accepted.body()).isLessThan(300);

      DesiredState more = h.config(TEAM + ann("[DEVELOPER, MARKETING]", "[a, b]"));
      Change update = change(h.plan(more), "user.ann");
      assertThat(update.action()).isEqualTo(Action.UPDATE);
      assertThat(update.fieldDiffs())
          .extracting(f -> f.path())
          .containsExactly("roles", "visible_apps");
      applied(h, more);
      Resource user = h.client.lookups().findUserByUsername("ann@t.example").orElseThrow();
      assertThat(user.texts("roles")).containsExactlyInAnyOrder("DEVELOPER", "MARKETING");
      assertThat(h.client.pager().allRefs(() -> h.client.users().visibleAppIds(user.id())))
          .hasSize(2);
    }
  }

  @Test
  void theAppsAreListedOnceForAPlanAndItsApply() throws Exception {
    // an invitation naming apps, and a group to create and read back: the app ids and the group's
    // app come from the one apps read and the group's own read-back, not from lists read again
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      DesiredState d =
          h.config(
              TEAM
                  + ann("[DEVELOPER]", "[a, b]")
                  + "beta_groups:\n  beta: {app: b, name: Beta, feedback_enabled: true}\n");
      Plan p = h.plan(d);
      ApplyResult r = h.apply(d, p);
      assertThat(r.failed()).as(r.summary()).isEmpty();
      var stats = h.client.stats().snapshot();
      assertThat(stats.count("GET /v1/apps")).isEqualTo(1);
      assertThat(stats.count("GET /v1/betaGroups")).isEqualTo(1);
      assertThat(stats.count("GET /v1/apps/{id}")).isZero();
      Resource inv = h.client.lookups().findUserInvitationByEmail("ann@t.example").orElseThrow();
      assertThat(
              h.client.pager().all(() -> h.client.userInvitations().visibleApps(inv.id())).data())
          .extracting(a -> a.text("bundleId"))
          .containsExactlyInAnyOrder("com.t.a", "com.t.b");
      assertThat(h.plan(d).actionable()).as("converged").isEmpty();
    }
  }

  @Test
  void aChangedInvitationIsCancelledAndSentAgain() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      applied(h, h.config(TEAM + ann("[DEVELOPER]", "[a]")));
      String first =
          h.client.lookups().findUserInvitationByEmail("ann@t.example").orElseThrow().id();
      DesiredState d = h.config(TEAM + ann("[APP_MANAGER]", "[a]"));
      Change c = change(h.plan(d), "user.ann");
      assertThat(c.action()).isEqualTo(Action.DELETE_THEN_CREATE);
      assertThat(c.forcedBy()).containsExactly("invitations cannot be changed");
      assertThat(c.consequence()).contains("gets a new email");
      applied(h, d);
      Resource now = h.client.lookups().findUserInvitationByEmail("ann@t.example").orElseThrow();
      assertThat(now.id()).isNotEqualTo(first);
      assertThat(now.texts("roles")).containsExactly("APP_MANAGER");
    }
  }

  @Test
  void theAccountHolderIsNeverRemoved() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      DesiredState d =
          h.config(
              """
              settings:
                prune: {users: true}
              users:
                admin: {email: admin@t.example, first_name: Ad, last_name: Min, roles: [ADMIN],
                        all_apps_visible: true}
              """);
      Plan p = h.plan(d);
      assertThat(p.policyViolations())
          .anySatisfy(v -> assertThat(v).contains("holder@t.example is the account holder"));
    }
  }

  @Test
  void aPlanLeavingFewerAdminsThanTheMinimumIsRefused() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      DesiredState d =
          h.config(
              "settings:\n  min_admins: 2\n"
                  + TEAM.replace(
                      "admin: {email: admin@t.example, first_name: Ad, last_name: Min, roles:"
                          + " [ADMIN],",
                      "admin: {email: admin@t.example, first_name: Ad, last_name: Min, roles:"
                          + " [DEVELOPER],"));
      assertThat(h.plan(d).policyViolations())
          .containsExactly(
              "this plan leaves 1 admin(s);"
                  + " settings.min_admins is 2: keep 2 users with the ADMIN role");
    }
  }

  @Test
  void anInternalGroupRefusesANonMemberAtPlanTime() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      DesiredState d =
          h.config(
              TEAM
                  + """
                  beta_groups:
                    team:
                      app: a
                      name: Team
                      internal: true
                      testers:
                        - {email: admin@t.example}
                        - {email: stranger@else.example}
                  """);
      Plan p = h.plan(d);
      assertThat(p.policyViolations())
          .singleElement()
          .satisfies(
              v ->
                  assertThat(v)
                      .contains(
                          "beta_tester.team/stranger@else.example", "not a member of the team"));
    }
  }

  @Test
  void replacingAGroupSaysWhatItCosts() throws Exception {
    try (PeopleHarness h =
        new PeopleHarness(
            tmp,
            SEED
                + """
                betaTesters:
                  - {email: x@t.example, firstName: X, lastName: Y}
                  - {email: z@t.example, firstName: Z, lastName: W}
                betaGroups:
                  - {app: com.t.a, name: Beta, isInternalGroup: false, publicLinkEnabled: true,
                     testers: [x@t.example, z@t.example]}
                """)) {
      DesiredState d =
          h.config(
              TEAM
                  + """
                  beta_groups:
                    beta: {app: a, name: Beta, internal: true, testers: [{email: admin@t.example}]}
                  """);
      Change c = change(h.plan(d), "beta_group.beta");
      assertThat(c.action().isReplace()).isTrue();
      assertThat(c.forcedBy()).containsExactly("internal");
      assertThat(c.consequence()).contains("drops its 2 tester(s)", "invalidates the public link");
    }
  }

  @Test
  void aRenamedGroupIsUpdatedInPlace() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, SEED)) {
      String group = "beta_groups:\n  beta: {app: a, name: %s, feedback_enabled: true}\n";
      applied(h, h.config(TEAM + group.formatted("Beta")));
      DesiredState d = h.config(TEAM + group.formatted("Beta Two"));
      Change c = change(h.plan(d), "beta_group.beta");
      assertThat(c.action()).isEqualTo(Action.UPDATE);
      applied(h, d);
      assertThat(h.client.betaGroups().get(c.appleId()).data().text("name")).isEqualTo("Beta Two");
    }
  }

  @Test
  void reAddingATesterAppleAlreadyHasIsNotAnError() throws Exception {
    try (PeopleHarness h =
        new PeopleHarness(
            tmp,
            SEED
                + """
                betaTesters:
                  - {email: x@t.example, firstName: X, lastName: Y}
                betaGroups:
                  - {app: com.t.a, name: Beta, isInternalGroup: false}
                """)) {
      DesiredState d =
          h.config(
              TEAM
                  + """
                  beta_groups:
                    beta: {app: a, name: Beta, testers: [{email: x@t.example}, {email: n@t.example}]}
                  """);
      Plan p = h.plan(d);
      assertThat(change(p, "beta_tester.beta/x@t.example").action()).isEqualTo(Action.CREATE);
      String group = h.client.betaGroups().list(null, "Beta", null, null).data().get(0).id();
      String x = h.client.lookups().findBetaTesterByEmail("x@t.example").orElseThrow().id();
      h.client.betaGroups().addBetaTesters(group, Requests.linkages("betaTesters", List.of(x)));
      applied(h, d);
    }
  }

  @Test
  void latestResolvesToTheNewestValidUnexpiredBuildAndThePlanNamesIt() throws Exception {
    try (PeopleHarness h =
        new PeopleHarness(
            tmp,
            SEED
                + """
                builds:
                  - {app: com.t.a, version: "1.0", buildNumber: "9", uploadedDate: "2026-10-01T00:00:00Z"}
                  - {app: com.t.a, version: "1.0", buildNumber: "10", uploadedDate: "2026-11-01T00:00:00Z"}
                  - {app: com.t.a, version: "1.0", buildNumber: "11", uploadedDate: "2026-11-05T00:00:00Z",
                     expired: true}
                  - {app: com.t.a, version: "1.0", buildNumber: "12", uploadedDate: "2026-11-06T00:00:00Z",
                     processingState: PROCESSING}
                """)) {
      DesiredState d =
          h.config(
              TEAM
                  + """
                  beta_groups:
                    beta: {app: a, name: Beta, builds: {latest: {version: "1.0", platform: IOS}}}
                    old: {app: a, name: Old, builds: [{version: "1.0", build: "9"}]}
                  """);
      Plan p = h.plan(d);
      assertThat(change(p, "beta_group.beta").after().get("builds")).isEqualTo(List.of("1.0 (10)"));
      applied(h, d);
      String group = change(h.plan(d), "beta_group.beta").appleId();
      String old = change(h.plan(d), "beta_group.old").appleId();
      assertThat(h.client.betaGroups().builds(group).data())
          .extracting(r -> r.text("version"))
          .containsExactly("10");
      assertThat(h.client.betaGroups().builds(old).data())
          .extracting(r -> r.text("version"))
          .containsExactly("9");
    }
  }
}
