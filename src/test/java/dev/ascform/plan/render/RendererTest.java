package dev.ascform.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanStats;
import dev.ascform.plan.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {

  static Plan manyCreates(int n) {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      changes.add(Change.builder(Address.of("app_id", String.format("app%04d", i)), Action.CREATE,
          Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
          .after(Map.of("name", "Application number " + i + " with a long enough name"))
          .build());
    }
    return Plan.of(changes);
  }

  @Test
  void markdownPastTheLimitIsTruncatedWithANote() {
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer(out).render(manyCreates(2000));
    String md = out.toString();
    assertThat(md.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownRenderer.DEFAULT_MAX_BYTES);
    assertThat(md).startsWith("### ascform plan\n\n**Plan: 2000 to create,");
    assertThat(md).containsPattern("_Truncated: \\d+ of 2000 changes shown");
    assertThat(md).contains("```\n\n</details>");
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
    Change replace = Change.builder(Address.parse("profile.adhoc"), Action.DELETE_THEN_CREATE,
        Reason.REPLACE_BECAUSE_NOT_UPDATABLE).forcedBy(List.of("devices"))
        .consequence("the .mobileprovision changes UUID").build();
    Plan plan = new Plan(List.of(replace), List.of(), Map.of(), Map.of(), List.of(), List.of(),
        new PlanStats(Map.of("GET", 3, "POST", 1), Map.of("live_read", 40L)));
    JsonNode json = JsonRenderer.toJson(plan);
    assertThat(json.get("format_version").asText()).isEqualTo("1.2");
    JsonNode c = json.get("resource_changes").get(0);
    assertThat(c.get("actions").toString()).isEqualTo("[\"delete\",\"create\"]");
    assertThat(c.get("consequence").asText()).isEqualTo("the .mobileprovision changes UUID");
    assertThat(json.get("stats").get("requests_total").asInt()).isEqualTo(4);
    assertThat(json.get("stats").get("durations_ms").get("live_read").asLong()).isEqualTo(40);
  }
}
