package dev.ascform.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanOrigin;
import dev.ascform.plan.PlanStats;
import dev.ascform.plan.Reason;
import dev.ascform.plan.Unmanaged;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {

  static Plan manyCreates(int n) {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      changes.add(
          Change.builder(
                  Address.of("app_id", String.format("app%04d", i)),
                  Action.CREATE,
                  Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
              .after(Map.of("name", "Application number " + i + " with a long enough name"))
              .build());
    }
    return Plan.of(changes);
  }

  @Test
  void markdownPastTheLimitSaysWhichRealChangesWereCutAndWhereTheFullPlanIs() {
    List<Change> changes = new ArrayList<>(manyCreates(2000).changes());
    changes.add(
        Change.builder(
                Address.parse("device.old"), Action.DELETE, Reason.DELETE_BECAUSE_NOT_IN_CONFIG)
            .build());
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer(out).render(Plan.of(changes));
    String md = out.toString();
    assertThat(md.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownRenderer.DEFAULT_MAX_BYTES);
    assertThat(md).startsWith("### ascform plan\n\n**Plan: 2000 to create,");
    assertThat(md).contains("| `-` | `device.old` |", "- device.old: delete");
    assertThat(md)
        .containsPattern(
            "\\*\\*Not shown, the comment is too long:\\*\\* \\d+ creates \\(app_id \\d+\\)\\."
                + " Review them in the full plan: the job's plan artifact, with `ascform show"
                + " FILE`");
    assertThat(md).contains("```\n\n</details>");
  }

  /** Issue #16: 6 real changes then 415 adopts were shown, and the replace and delete cut. */
  @Test
  void markdownTruncationKeepsEveryRealChangeAndCollapsesAdoptsIntoCountsPerKind() {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      changes.add(
          Change.builder(
                  Address.of("beta_tester", String.format("t%04d", i)),
                  Action.ADOPT,
                  Reason.ADOPT_BECAUSE_EXISTS)
              .adopt(true)
              .before(Map.of("email", "tester" + i + "@example.com", "first_name", "Tester"))
              .build());
    }
    for (int i = 0; i < 20; i++) {
      changes.add(
          Change.builder(Address.of("device", "d" + i), Action.ADOPT, Reason.ADOPT_BECAUSE_EXISTS)
              .adopt(true)
              .build());
    }
    changes.add(
        Change.builder(
                Address.parse("profile.adhoc"),
                Action.DELETE_THEN_CREATE,
                Reason.REPLACE_BECAUSE_KIND_RULE)
            .verb("replace")
            .forcedBy(List.of("state INVALID at Apple"))
            .build());
    changes.add(
        Change.builder(
                Address.parse("beta_tester.gone"),
                Action.DELETE,
                Reason.DELETE_BECAUSE_NOT_IN_CONFIG)
            .build());
    for (int i = 0; i < 9; i++) {
      changes.add(
          Change.builder(
                  Address.of("device", "new" + i),
                  i < 5 ? Action.CREATE : Action.UPDATE,
                  Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
              .build());
    }
    Plan plan = new Plan(changes, List.of(), Map.of(), Map.of(), List.of(), List.of(), null);
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer(out).render(plan);
    String md = out.toString();
    assertThat(md.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownRenderer.DEFAULT_MAX_BYTES);
    assertThat(md)
        .contains(
            "`profile.adhoc`",
            "`beta_tester.gone`",
            "! profile.adhoc: replace",
            "- beta_tester.gone: delete");
    for (int i = 0; i < 9; i++) {
      assertThat(md).contains("`device.new" + i + "`");
    }
    assertThat(md)
        .doesNotContain("`beta_tester.t0000`", "Not shown")
        .contains(
            "_Not listed (no API write):_ 3020 adopts (beta_tester 3000, device 20).",
            "Every create, update, replace and delete is shown.");
  }

  @Test
  void markdownNamesTheTargetAndAccountAndNeverShowsAnAdoptAsAGreenPlus() {
    Change adopt =
        Change.builder(Address.parse("device.alice"), Action.ADOPT, Reason.ADOPT_BECAUSE_EXISTS)
            .adopt(true)
            .build();
    Plan plan =
        Plan.of(List.of(adopt))
            .withOrigin(new PlanOrigin("sandbox (no change reaches Apple)", "acme"));
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer(out).render(plan);
    assertThat(out.toString())
        .contains(
            "Target: **sandbox (no change reaches Apple)** · account: **acme**",
            "\n  device.alice: adopt\n")
        .doesNotContain("+ device.alice");
  }

  @Test
  void markdownUnderTheLimitIsWhole() {
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer(out).render(manyCreates(5));
    assertThat(out.toString()).doesNotContain("Truncated").contains("`app_id.app0004`");
  }

  @Test
  void colourOnlyWhenEnabled() {
    StringBuilder plain = new StringBuilder();
    new HumanRenderer(plain, false).render(manyCreates(1));
    StringBuilder coloured = new StringBuilder();
    new HumanRenderer(coloured, true).render(manyCreates(1));
    assertThat(plain.toString()).doesNotContain("\u001b[");
    assertThat(coloured.toString()).contains("\u001b[32m   +\u001b[0m app_id.app0000");
  }

  @Test
  void summaryIsTheLastLine() {
    StringBuilder out = new StringBuilder();
    new HumanRenderer(out, false).render(manyCreates(3));
    String[] lines = out.toString().split("\n");
    assertThat(lines[lines.length - 1])
        .isEqualTo("Plan: 3 to create, 0 to update, 0 to replace, 0 to delete, 0 to adopt.");
  }

  @Test
  void jsonCarriesReplaceAsDeleteThenCreateAndStats() {
    Change replace =
        Change.builder(
                Address.parse("profile.adhoc"),
                Action.DELETE_THEN_CREATE,
                Reason.REPLACE_BECAUSE_NOT_UPDATABLE)
            .forcedBy(List.of("devices"))
            .consequence("the .mobileprovision changes UUID")
            .build();
    Plan plan =
        new Plan(
            List.of(replace),
            List.of(),
            Map.of(),
            Map.of(),
            List.of(),
            List.of(),
            new PlanStats(Map.of("GET", 3, "POST", 1), Map.of("live_read", 40L)));
    JsonNode json = JsonRenderer.toJson(plan);
    assertThat(json.get("format_version").asText()).isEqualTo("1.2");
    JsonNode c = json.get("resource_changes").get(0);
    assertThat(c.get("actions").toString()).isEqualTo("[\"delete\",\"create\"]");
    assertThat(c.get("consequence").asText()).isEqualTo("the .mobileprovision changes UUID");
    assertThat(json.get("stats").get("requests_total").asInt()).isEqualTo(4);
    assertThat(json.get("stats").get("durations_ms").get("live_read").asLong()).isEqualTo(40);
  }

  @Test
  void unmanagedResourcesAreNamedInJsonAndWithShowUnmanagedInText() {
    Unmanaged caps =
        new Unmanaged(
            "capability",
            "capability",
            "capabilities",
            2,
            List.of(
                new Unmanaged.Resource(
                    "com.acme.notes/GAME_CENTER",
                    "N1_GC",
                    "Apple default: enabled on every new App ID"),
                new Unmanaged.Resource("com.acme.notes/HEALTHKIT", "N1_HK", null)));
    Plan plan = new Plan(List.of(), List.of(caps), Map.of(), Map.of(), List.of(), List.of(), null);
    JsonNode u = JsonRenderer.toJson(plan).get("unmanaged").get(0);
    assertThat(u.get("kind").asText()).isEqualTo("capability");
    assertThat(u.get("count").asInt()).isEqualTo(2);
    assertThat(u.get("resources").get(0).toString())
        .isEqualTo(
            "{\"natural_key\":"
                + "\"com.acme.notes/GAME_CENTER\",\"apple_id\":\"N1_GC\",\"note\":"
                + "\"Apple default: enabled on every new App ID\"}");
    StringBuilder counted = new StringBuilder();
    new HumanRenderer(counted, false).render(plan);
    assertThat(counted.toString())
        .contains(
            "2 capabilities exist in the account but not in this"
                + " config: left alone (prune is off). --show-unmanaged lists them.")
        .doesNotContain("HEALTHKIT");
    StringBuilder named = new StringBuilder();
    new HumanRenderer(named, false, true).render(plan);
    assertThat(named.toString())
        .contains(
            "    capability  com.acme.notes/GAME_CENTER  N1_GC  (Apple default: enabled on every"
                + " new App ID)\n",
            "    capability  com.acme.notes/HEALTHKIT    N1_HK\n");
  }
}
