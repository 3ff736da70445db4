package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a plan tells its reader beyond the changes: where it was made, what is left alone. */
class PlanOutputTest {
  @TempDir Path tmp;

  @Test
  void unmanagedResourcesAreNamedInJsonAndWithShowUnmanaged() throws Exception {
    Workspace ws = new Workspace(tmp);
    Workspace.Run json = ws.sandbox("plan", "--format", "json");
    assertThat(json.code()).as(json.all()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    List<String> capabilities = new ArrayList<>();
    for (JsonNode kind : root.get("unmanaged")) {
      assertThat(kind.get("resources").size()).isEqualTo(kind.get("count").asInt());
      for (JsonNode r : kind.get("resources")) {
        assertThat(r.get("natural_key").asText()).isNotBlank();
        assertThat(r.get("apple_id").asText()).isNotBlank();
        if (kind.get("kind").asText().equals("capability")) {
          capabilities.add(r.get("natural_key").asText() + " " + r.get("note").asText());
        }
      }
    }
    assertThat(capabilities)
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c)
                    .matches(
                        ".*/(IN_APP_PURCHASE|GAME_CENTER) Apple default: enabled on every new App"
                            + " ID"));

    Workspace.Run counted = ws.sandbox("plan", "--no-color");
    assertThat(counted.out())
        .contains("--show-unmanaged lists them.")
        .doesNotContain("Apple default");
    Workspace.Run named = ws.sandbox("plan", "--no-color", "--show-unmanaged");
    assertThat(named.code()).as(named.all()).isZero();
    assertThat(named.out())
        .containsPattern(
            "\n"
                + "    capability +com\\.acme\\.[a-z]+/IN_APP_PURCHASE +\\S+ +\\(Apple default:"
                + " enabled on every new App ID\\)\n");
    assertThat(named.out()).containsPattern("\n    device +\\S+ +\\S+\n");
  }

  @Test
  void jsonMarkdownAndSavedPlansNameTheTargetAndAccount() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path saved = tmp.resolve("plan.bin");
    Workspace.Run plan = ws.sandbox("plan", "--format", "markdown", "-out", saved.toString());
    assertThat(plan.code()).as(plan.all()).isZero();
    assertThat(plan.out())
        .contains("Target: **sandbox (no change reaches Apple)** · account:" + " **acme**");
    assertThat(Files.readString(saved)).contains("\"origin\"", "sandbox (no change reaches Apple)");
    Workspace.Run show = Workspace.run("show", saved.toString());
    assertThat(show.out()).contains("target: sandbox (no change reaches Apple) · account: acme");
    JsonNode json =
        new ObjectMapper()
            .readTree(Workspace.run("show", saved.toString(), "--format", "json").out());
    assertThat(json.get("origin").get("target").asText())
        .isEqualTo("sandbox (no change reaches Apple)");
    assertThat(json.get("origin").get("account").asText()).isEqualTo("acme");
  }
}
