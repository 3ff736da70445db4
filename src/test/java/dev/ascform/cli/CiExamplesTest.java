package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

/**
 * The CI examples parse as YAML, have their three pipelines, and call commands and flags that
 * exist.
 */
class CiExamplesTest {
  static final Path GITHUB = Path.of("examples/ci/github/ascform.yml");
  static final Path GITLAB = Path.of("examples/ci/gitlab/.gitlab-ci.yml");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static JsonNode read(Path p) throws IOException {
    return YAML.readTree(Files.readString(p));
  }

  /** Every script text under the given keys, anywhere in the document. */
  static List<String> scripts(JsonNode node, Set<String> keys) {
    List<String> out = new ArrayList<>();
    walk(node, keys, out::add);
    return out;
  }

  private static void walk(JsonNode node, Set<String> keys, Consumer<String> sink) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (keys.contains(e.getKey()) && e.getValue().isTextual()) {
          sink.accept(e.getValue().asText());
        } else if (keys.contains(e.getKey()) && e.getValue().isArray()) {
          e.getValue().forEach(line -> sink.accept(line.asText()));
        } else {
          walk(e.getValue(), keys, sink);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> walk(n, keys, sink));
    }
  }

  static List<List<String>> commands(List<String> scripts) {
    List<List<String>> out = new ArrayList<>();
    scripts.forEach(s -> out.addAll(ShellCommands.ascformCommands(s)));
    return out;
  }

  /** Parses every command; returns "plan --format markdown ..." texts for further checks. */
  static List<String> parsedCommands(List<List<String>> commands) {
    List<String> texts = new ArrayList<>();
    for (List<String> args : commands) {
      assertThatCode(() -> ShellCommands.parse(args))
          .as("ascform %s", String.join(" ", args))
          .doesNotThrowAnyException();
      ParseResult r = ShellCommands.parse(args);
      assertThat(r.hasSubcommand()).as("ascform %s names a command", args).isTrue();
      texts.add(String.join(" ", args));
    }
    return texts;
  }

  @Test
  void githubWorkflowCallsOnlyCommandsAndFlagsThatExist() throws IOException {
    List<String> texts = parsedCommands(commands(scripts(read(GITHUB), Set.of("run"))));
    assertThat(texts)
        .anySatisfy(
            t -> assertThat(t).startsWith("plan ").contains("--format markdown", "-out plan.bin"));
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("apply plan.bin"));
    assertThat(texts)
        .anySatisfy(
            t ->
                assertThat(t).startsWith("plan ").contains("--detailed-exitcode", "--format json"));
  }

  @Test
  void gitlabPipelineCallsOnlyCommandsAndFlagsThatExist() throws IOException {
    List<String> texts =
        parsedCommands(
            commands(scripts(read(GITLAB), Set.of("script", "before_script", "after_script"))));
    assertThat(texts)
        .anySatisfy(
            t -> assertThat(t).startsWith("plan ").contains("--format markdown", "-out plan.bin"));
    assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("apply plan.bin"));
    assertThat(texts)
        .anySatisfy(
            t ->
                assertThat(t).startsWith("plan ").contains("--detailed-exitcode", "--format json"));
  }

  @Test
  void everyScriptIsValidBash(@TempDir Path dir) throws IOException, InterruptedException {
    String bash = CompletionCommandTest.onPath("bash");
    assumeTrue(bash != null, "bash is not on PATH");
    List<String> all = new ArrayList<>(scripts(read(GITHUB), Set.of("run")));
    for (String job : List.of("plan", "apply", "drift")) {
      all.add(String.join("\n", scripts(read(GITLAB).get(job), Set.of("before_script", "script"))));
    }
    for (String script : all) {
      Path file = dir.resolve("step.sh");
      Files.writeString(file, script);
      Process p = new ProcessBuilder(bash, "-n", file.toString()).redirectErrorStream(true).start();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(script + "\n" + out).isZero();
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void githubWorkflowRunsOnPullRequestsPushesToMainAndASchedule() throws IOException {
    JsonNode w = read(GITHUB);
    JsonNode on = w.get("on");
    assertThat(on).as("the 'on' key").isNotNull();
    assertThat(on.has("pull_request")).isTrue();
    assertThat(on.at("/push/branches").toString()).contains("\"main\"");
    assertThat(on.at("/schedule/0/cron").asText()).matches("\\S+ \\S+ \\S+ \\S+ \\S+");
    JsonNode jobs = w.get("jobs");
    assertThat(jobs.at("/plan/if").asText()).contains("pull_request");
    assertThat(jobs.at("/plan/permissions/pull-requests").asText()).isEqualTo("write");
    assertThat(jobs.at("/apply/if").asText()).contains("refs/heads/main");
    assertThat(jobs.at("/apply/permissions/contents").asText()).isEqualTo("write");
    assertThat(jobs.at("/drift/if").asText()).contains("schedule");
    assertThat(jobs.at("/apply/concurrency/group").asText())
        .isEqualTo(jobs.at("/drift/concurrency/group").asText())
        .isNotEmpty();
    assertThat(w.at("/env/ASC_PRIVATE_KEY").asText()).contains("secrets.ASC_PRIVATE_KEY");
  }

  @Test
  void githubPlanCommentIsFoundAgainByItsMarker() throws IOException {
    String script = scripts(read(GITHUB), Set.of("script")).get(0);
    assertThat(script).contains("<!-- ascform-plan -->", "updateComment", "createComment");
  }

  @Test
  void gitlabHasMergeRequestMainBranchAndSchedulePipelines() throws IOException {
    JsonNode g = read(GITLAB);
    assertThat(g.at("/plan/rules/0/if").asText()).contains("merge_request_event");
    assertThat(g.at("/apply/rules/0/if").asText()).contains("$CI_DEFAULT_BRANCH");
    assertThat(g.at("/drift/rules/0/if").asText()).contains("\"schedule\"");
    assertThat(g.at("/drift/artifacts/paths").toString()).contains("drift.json");
    assertThat(g.at("/apply/resource_group").asText())
        .isEqualTo(g.at("/drift/resource_group").asText())
        .isNotEmpty();
    assertThat(g.at("/workflow/rules").size()).isEqualTo(3);
    String note = String.join("\n", scripts(g.get("plan"), Set.of("script")));
    assertThat(note).contains("<!-- ascform-plan -->", "--request PUT", "--request POST");
  }
}
